package cafe.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's dependency rule in every StoreServer context: frameworks and adapters stay outside. */
@AnalyzeClasses(packages = "cafe.core", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

    private static final String[] FRAMEWORKS = {"jakarta..", "org.hibernate..", "org.apache..", "com.fasterxml.."};

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAPackage("cafe.core..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain is plain Java: rules, not plumbing");

    @ArchTest
    static final ArchRule applicationImportsNoFramework = noClasses()
            .that().resideInAPackage("cafe.core..application..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("use cases reach the world only through their ports");

    @ArchTest
    static final ArchRule adaptersAreNotUsedByTheInside = noClasses()
            .that().resideInAnyPackage("cafe.core..domain..", "cafe.core..application..")
            .should().dependOnClassesThat().resideInAnyPackage("cafe.core..adapter..", "cafe.core.platform..",
                    "cafe.core.server..")
            .because("adapters and the platform plug into the ports, never the other way round");

    @ArchTest
    static final ArchRule domainKnowsNoUseCase = noClasses()
            .that().resideInAPackage("cafe.core..domain..")
            .should().dependOnClassesThat().resideInAPackage("cafe.core..application..");
}
