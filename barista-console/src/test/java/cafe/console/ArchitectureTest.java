package cafe.console;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.base.DescribedPredicate.not;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The console may use only backend-core's contract and client API, and its view models stay off the scene. */
class ArchitectureTest {

    /** Views, the scene and the launcher: the only classes that may touch javafx.scene. */
    /** The client API's one entry point: it opens a connection over JMS. */
    private static final String CLIENT_ENTRY = "cafe.client.jms.CafeClients";

    private static final String SCENE_SIDE = ".*(View|Card|Rows|Keys|Window|App|Launcher)(\\$.*)?";

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void usesOnlyTheContractAndClientOfTheBackend() {
        classes().that().resideInAPackage("cafe.console..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "cafe.console..", "cafe.contract..", "cafe.client", "cafe.terminal..", "java..",
                        "javax.sound..", "javafx..", "org.slf4j..").or(name(CLIENT_ENTRY)))
                .because("apps depend only on backend-core's public contract and client API")
                .check(CONSOLE);
    }

    @Test
    void neverReachesIntoTheServer() {
        noClasses().that().resideInAPackage("cafe.console..")
                .should().dependOnClassesThat(resideInAnyPackage("cafe.core..", "cafe.client.jms..")
                        .and(not(name(CLIENT_ENTRY))))
                .check(CONSOLE);
    }

    @Test
    void viewModelsStayOffTheScene() {
        noClasses().that().resideInAPackage("cafe.console..").and().haveNameNotMatching(SCENE_SIDE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "javafx.animation..", "javafx.application..")
                .because("view models are plain classes, tested with plain JUnit")
                .check(CONSOLE);
    }
}
