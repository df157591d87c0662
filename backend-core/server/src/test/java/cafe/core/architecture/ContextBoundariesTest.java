package cafe.core.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The StoreServer's contexts are separate services that share only the broker: none reaches into
 * another's packages (they meet in {@code cafe.core.events}, the contract and the platform), and no
 * two packages depend on each other in a circle.
 */
class ContextBoundariesTest {

    private static final Set<String> CONTEXTS = Set.of("menu", "order", "payment", "barista", "notification");
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cafe.core");

    @Test
    void noContextReachesIntoAnother() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String[] parts = javaClass.getPackageName().split("\\.");
                boolean inContext = parts.length > 2 && parts[1].equals("core") && CONTEXTS.contains(parts[2]);
                return inContext ? SliceIdentifier.of(parts[2]) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the contexts menu, order, payment, barista and notification";
            }
        }).should().notDependOnEachOther()
                .because("each context could run in its own process: they talk only through the broker")
                .check(CORE);
    }

    @Test
    void noPackageCycles() {
        slices().matching("cafe.core.(**)").should().beFreeOfCycles().check(CORE);
    }
}
