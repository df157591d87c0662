package cafe.core.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
        String user = System.getProperty("user.name");
        otherOwner(value, user).ifPresent(owner -> {
            throw new ParameterException(spec.commandLine(), "--data " + value + " belongs to " + owner + ", and this"
                    + " runs as " + user + ": run it as " + owner + " (sudo -u " + owner + " cafe-server ...), or the"
                    + " files it writes there would keep the store server from opening them");
        });
        folder = value;
    }

    /**
     * The folder's owner when it is not {@code user} (on a system with POSIX owners): a command run by
     * another user, root by a forgotten {@code -u cafe} above all, leaves files the server cannot open.
     */
    static Optional<String> otherOwner(Path folder, String user) {
        if (!Files.isDirectory(folder) || !folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        try {
            String owner = Files.getOwner(folder).getName();
            return owner.equals(user) ? Optional.empty() : Optional.of(owner);
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the command says so itself when it opens it
        }
    }

    Path folder() {
        return folder;
    }
}
