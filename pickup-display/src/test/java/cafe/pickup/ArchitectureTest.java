package cafe.pickup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** Rules as methods: Surefire 3.5.3 silently skips {@code @ArchTest} fields (TNG/ArchUnit#1442). */
@AnalyzeClasses(packages = "cafe.pickup", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    void theDisplayUsesOnlyTheContractAndTheClientOfTheBackend(JavaClasses display) {
        classes().that().resideInAPackage("cafe.pickup..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "cafe.pickup..", "cafe.contract..", "cafe.client..",
                        "java..", "javax.sound.sampled..", "javafx..", "org.slf4j..")
                .check(display);
    }

    @ArchTest
    void theDisplayOpensConnectionsThroughTheClientApiOnly(JavaClasses display) {
        noClasses().that().resideInAPackage("cafe.pickup..")
                .should().dependOnClassesThat().resideInAPackage("cafe.client.jms..")
                .check(display);
    }

    @ArchTest
    void viewModelsKnowNoScene(JavaClasses display) {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleName("BoardColumn").or().haveSimpleName("SnapshotGate")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..", "javafx.animation..")
                .check(display);
    }
}
