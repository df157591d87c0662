package cafe.kiosk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

@AnalyzeClasses(packages = "cafe.kiosk", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /** The client API's one entry point: it opens a connection over JMS. */
    private static final String CLIENT_ENTRY = "cafe.client.jms.CafeClients";

    @ArchTest
    void theKioskUsesOnlyTheContractAndTheClientOfTheBackend(JavaClasses kiosk) {
        classes().that().resideInAPackage("cafe.kiosk..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "cafe.kiosk..", "cafe.contract..", "cafe.client", "cafe.terminal..", "java..", "javafx..",
                        "org.slf4j..", "com.fasterxml.jackson.databind..").or(name(CLIENT_ENTRY)))
                .check(kiosk);
    }

    @ArchTest
    void viewModelsAndTheOrderModelKnowNoScene(JavaClasses kiosk) {
        noClasses().that().resideInAnyPackage("cafe.kiosk.flow..", "cafe.kiosk.order..", "cafe.kiosk.pay..",
                        "cafe.kiosk.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..",
                        "javafx.animation..", "javafx.application..")
                .check(kiosk);
    }
}
