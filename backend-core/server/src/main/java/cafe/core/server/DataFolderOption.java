package cafe.core.server;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --data DIR}, shared by every sub-command: the server's data folder. */
final class DataFolderOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private Path folder = Path.of("data");

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The server's data folder: databases, broker journal, users, certificates (default: ${DEFAULT-VALUE}).")
    void folder(Path value) {
        if (Files.exists(value) && !Files.isDirectory(value)) {
            throw new ParameterException(spec.commandLine(), "--data " + value + " is a file, not a folder");
        }
        folder = value;
    }

    Path folder() {
        return folder;
    }
}
