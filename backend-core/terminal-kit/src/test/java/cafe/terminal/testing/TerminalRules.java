package cafe.terminal.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The rules every store screen keeps, for its ArchitectureTest to include:
 * <pre>
 * &#64;AnalyzeClasses(packages = "cafe.kiosk", importOptions = {DoNotIncludeTests.class, DoNotIncludeJars.class})
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests TERMINAL_RULES = ArchTests.in(TerminalRules.class);
 * }
 * </pre>
 * A screen is its own package ({@code cafe.<screen>..}) on top of the contract, the client API
 * (the {@code cafe.client} interfaces and the one entry point {@code cafe.client.jms.CafeClients}),
 * the terminal kit, the JDK, JavaFX, SLF4J and picocli; never the server. Its view models, and
 * everything but its views, windows and launcher, are plain classes that know nothing of the scene.
 */
public final class TerminalRules {

    /** The client API's one entry point: it opens a connection over JMS. */
    public static final String CLIENT_ENTRY = "cafe.client.jms.CafeClients";
    private static final List<String> ALLOWED = List.of(
            "cafe.contract.", "cafe.terminal.", "java.", "javax.sound.", "javafx.", "org.slf4j.", "picocli.",
            // the JDK's own picture codecs: the manager screen shrinks a picture file for the kiosks
            "javax.imageio.",
            // the contract's JSON mapper (cafe.contract.wire.Json) hands out Jackson's ObjectMapper
            "com.fasterxml.jackson.databind.");
    /** Views and what builds them: the only classes, besides a {@code screen} package, that may touch the scene. */
    private static final String SCENE_SIDE = ".*(View|Window|Screen|App|Launcher|Card|Tile|Rows|Keys)(\\$.*)?";
    private static final String[] SCENE = {"javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.animation..",
        "javafx.application.."};

    @ArchTest
    public static final ArchRule USES_ONLY_THE_CLIENT_API = classes()
            .should(dependOnlyOnTheirScreenAndTheClientApi())
            .because("a screen depends only on backend-core's contract and client API and the terminal kit")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NEVER_REACHES_INTO_THE_SERVER = noClasses()
            .should().dependOnClassesThat().resideInAPackage("cafe.core..")
            .because("the server's domain and adapters are not a screen's business")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ONLY_THE_SCENE_SIDE_KNOWS_THE_SCENE = noClasses()
            .that().haveNameNotMatching(SCENE_SIDE).and().resideOutsideOfPackage("..screen..")
            .should().dependOnClassesThat().resideInAnyPackage(SCENE)
            .because("view models and what they use are plain classes, tested with plain JUnit;"
                    + " only views, windows, the app and its launcher (or a screen package) touch the scene")
            .allowEmptyShould(true);

    private TerminalRules() {
    }

    private static ArchCondition<JavaClass> dependOnlyOnTheirScreenAndTheClientApi() {
        return new ArchCondition<>("depend only on their own screen, the contract, the client API and the kit") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String screen = screenPackage(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (!allowed(target, screen)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean allowed(JavaClass target, String screen) {
        if (target.isPrimitive() || target.isArray() && target.getBaseComponentType().isPrimitive()) {
            return true;
        }
        JavaClass type = target.isArray() ? target.getBaseComponentType() : target;
        String name = type.getName();
        String pkg = type.getPackageName();
        return name.startsWith(screen) || pkg.equals("cafe.client") || name.equals(CLIENT_ENTRY)
                || ALLOWED.stream().anyMatch(name::startsWith);
    }

    /** {@code cafe.kiosk.} for every class under {@code cafe.kiosk}. */
    private static String screenPackage(JavaClass origin) {
        String[] parts = origin.getPackageName().split("\\.");
        return parts.length < 2 ? origin.getPackageName() + "." : parts[0] + "." + parts[1] + ".";
    }
}
