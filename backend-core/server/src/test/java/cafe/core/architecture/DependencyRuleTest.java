package cafe.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rule in every StoreServer context: frameworks and adapters stay outside. */
class DependencyRuleTest {

    private static final String[] FRAMEWORKS = {"jakarta..", "org.hibernate..", "org.apache..", "com.fasterxml.."};
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cafe.core");

    @Test
    void theDomainImportsNoFramework() {
        noClasses().that().resideInAPackage("cafe.core..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain is plain Java: rules, not plumbing")
                .check(CORE);
    }

    @Test
    void useCasesImportNoFramework() {
        noClasses().that().resideInAPackage("cafe.core..application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("use cases reach the world only through their ports")
                .check(CORE);
    }

    @Test
    void adaptersAndThePlatformAreNotUsedByTheInside() {
        noClasses().that().resideInAnyPackage("cafe.core..domain..", "cafe.core..application..")
                .should().dependOnClassesThat().resideInAnyPackage("cafe.core..adapter..", "cafe.core.platform..",
                        "cafe.core.server..")
                .because("adapters and the platform plug into the ports, never the other way round")
                .check(CORE);
    }

    @Test
    void theDomainKnowsNoUseCase() {
        noClasses().that().resideInAPackage("cafe.core..domain..")
                .should().dependOnClassesThat().resideInAPackage("cafe.core..application..")
                .check(CORE);
    }

    @Test
    void theSimulationTalksToTheStoreOnlyAsTerminalsDo() {
        noClasses().that().resideInAPackage("cafe.core.simulation..")
                .should().dependOnClassesThat(resideInAnyPackage("cafe.core..domain..", "cafe.core..application..",
                        "cafe.core..adapter..", "cafe.core.platform..", "cafe.client.jms..", "jakarta..")
                        .and(not(name("cafe.client.jms.CafeClients"))))
                .because("simulated kiosks and baristas use the client API the real terminals use")
                .check(CORE);
    }
}
