package cafe.terminal.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.badscreen.JmsReach;
import cafe.badscreen.LeakyViewModel;
import cafe.badscreen.ServerReach;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The terminals' rules refuse what they are there to refuse, and let a well-made screen through. */
class TerminalRulesTest {

    @Test
    void aViewModelThatBuildsNodesIsRefused() {
        assertThatThrownBy(() -> TerminalRules.ONLY_THE_SCENE_SIDE_KNOWS_THE_SCENE.check(classes(LeakyViewModel.class)))
                .hasMessageContaining("LeakyViewModel").hasMessageContaining("javafx.scene.control.Label");
    }

    @Test
    void reachingIntoTheServerOrTheClientsJmsInsidesIsRefused() {
        assertThatThrownBy(() -> TerminalRules.NEVER_REACHES_INTO_THE_SERVER.check(classes(ServerReach.class)))
                .hasMessageContaining("cafe.core.server.RunningStore");
        assertThatThrownBy(() -> TerminalRules.USES_ONLY_THE_CLIENT_API.check(classes(JmsReach.class)))
                .hasMessageContaining("cafe.client.jms.JmsCafeConnection");
    }

    @Test
    void aScreenMadeOfTheKitPassesThemAll() {
        JavaClasses sample = new ClassFileImporter().withImportOption(place -> place.contains("SampleScreen"))
                .importPath(java.nio.file.Path.of("target", "test-classes", "cafe", "terminal", "launch"));

        assertThatCode(() -> {
            TerminalRules.USES_ONLY_THE_CLIENT_API.check(sample);
            TerminalRules.NEVER_REACHES_INTO_THE_SERVER.check(sample);
            TerminalRules.ONLY_THE_SCENE_SIDE_KNOWS_THE_SCENE.check(sample);
        }).doesNotThrowAnyException();
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
