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
        folder = value;
    }

    /**
     * The folder, refused when another user owns it: a command run by another user (root, by a
     * forgotten {@code sudo -u cafe} above all) would leave files the store server cannot open, and the
     * service would then fail and restart for ever. Checked where a command uses it, not when the option
     * is read: a parent command's default ({@code data}) is read too, and may be anybody's.
     */
    Path folder() {
        otherOwner(folder).ifPresent(owner -> {
            throw new CommandFailure(folder + " belongs to " + owner + ": run this as " + owner + " (sudo -u " + owner
                    + " cafe-server ...), or the files it writes there would keep the store server from opening them");
        });
        return folder;
    }

    /** The folder's owner, when it is not the user this process runs as (told by uid, on Linux). */
    static Optional<String> otherOwner(Path folder) {
        Path self = Path.of("/proc/self");
        if (!Files.isDirectory(folder) || !Files.exists(self)) {
            return Optional.empty();
        }
        try {
            Object mine = Files.getAttribute(self, "unix:uid");
            return mine.equals(Files.getAttribute(folder, "unix:uid")) ? Optional.empty()
                    : Optional.of(Files.getOwner(folder).getName());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty(); // the command says itself what it cannot open
        }
    }
}
