package cafe.console;

import cafe.terminal.testing.TerminalRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The barista console keeps the rules every store screen keeps. */
@AnalyzeClasses(packages = "cafe.console", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests TERMINAL_RULES = ArchTests.in(TerminalRules.class);
}
