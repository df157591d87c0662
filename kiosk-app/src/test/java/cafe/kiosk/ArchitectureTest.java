package cafe.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** Rules as methods: Surefire 3.5.3 silently skips {@code @ArchTest} fields (TNG/ArchUnit#1442). */
@AnalyzeClasses(packages = "cafe.kiosk", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    void theKioskUsesOnlyTheContractAndTheClientOfTheBackend(JavaClasses kiosk) {
        classes().that().resideInAPackage("cafe.kiosk..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "cafe.kiosk..", "cafe.contract..", "cafe.client", "java..", "javafx..", "org.slf4j..",
                        "com.fasterxml.jackson.databind..")
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
