package cafe.pickup;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

@AnalyzeClasses(packages = "cafe.pickup", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /** The client API's one entry point: it opens a connection over JMS. */
    private static final String CLIENT_ENTRY = "cafe.client.jms.CafeClients";

    @ArchTest
    void theDisplayUsesOnlyTheContractAndTheClientOfTheBackend(JavaClasses display) {
        classes().that().resideInAPackage("cafe.pickup..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "cafe.pickup..", "cafe.contract..", "cafe.client..", "cafe.terminal..",
                        "java..", "javax.sound.sampled..", "javafx..", "org.slf4j..")
                .check(display);
    }

    @ArchTest
    void theDisplayOpensConnectionsThroughTheClientApiOnly(JavaClasses display) {
        noClasses().that().resideInAPackage("cafe.pickup..")
                .should().dependOnClassesThat(resideInAnyPackage("cafe.client.jms..").and(not(name(CLIENT_ENTRY))))
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
