package cafe.console.manager.report;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file: the place chosen, or nothing when the manager cancelled. */
@FunctionalInterface
public interface SaveAs {

    Optional<Path> ask(String suggestedName);
}
