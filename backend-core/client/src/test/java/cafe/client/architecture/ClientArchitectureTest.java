package cafe.client.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

@AnalyzeClasses(packages = "cafe", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ClientArchitectureTest {

    @ArchTest
    void noPackageCycles(JavaClasses client) {
        slices().matching("cafe.(**)").should().beFreeOfCycles().check(client);
    }

    @ArchTest
    void theContractKnowsNoClient(JavaClasses client) {
        noClasses().that().resideInAPackage("cafe.contract..")
                .should().dependOnClassesThat().resideInAnyPackage("cafe.client..", "jakarta.jms..", "org.apache..")
                .because("the contract is the messages themselves, whatever carries them")
                .check(client);
    }

    @ArchTest
    void theApiKnowsNoJms(JavaClasses client) {
        noClasses().that().resideInAPackage("cafe.client")
                .should().dependOnClassesThat().resideInAnyPackage("cafe.client.jms..", "jakarta.jms..", "org.apache..")
                .because("terminals program against the API; only CafeClients names the JMS implementation")
                .check(client);
    }
}
