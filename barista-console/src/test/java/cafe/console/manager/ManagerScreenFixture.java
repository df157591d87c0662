package cafe.console.manager;

import cafe.terminal.i18n.Language;
import cafe.terminal.testing.LiveStore;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The manager screen's TestFX set-up, for a test class to register as a static field: one real store
 * for the class with one staff member who may sign in (the class's own {@code @BeforeAll} may sell
 * in it; its clock the class's to move, if it gives one), and before each test the sign-in card on the primary stage in the class's language,
 * linked to that store; each test method may ask for an {@link FxRobot}.
 */
final class ManagerScreenFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final String staffId;
    private final String name;
    private final String pin;
    private final Language language;
    private final Clock clock;
    private LiveStore store;
    private ManagerStage screen;

    ManagerScreenFixture(String staffId, String name, String pin, Language language) {
        this(staffId, name, pin, language, Clock.systemDefaultZone());
    }

    /** @param clock the store's */
    ManagerScreenFixture(String staffId, String name, String pin, Language language, Clock clock) {
        this.staffId = staffId;
        this.name = name;
        this.pin = pin;
        this.language = language;
        this.clock = clock;
    }

    LiveStore store() {
        return store;
    }

    /** The screen of the test under way. */
    ManagerStage screen() {
        return screen;
    }

    /** Signs the staff member in and waits for the back office. */
    void signIn(FxRobot robot) {
        ManagerStage.signIn(robot, name, pin);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        store = ManagerStage.storeWith(clock, staffId, name, pin);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        store.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> screen = ManagerStage.open(stage, store, language));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        screen.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new FxRobot();
    }
}
