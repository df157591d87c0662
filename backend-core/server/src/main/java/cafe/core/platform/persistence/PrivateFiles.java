package cafe.core.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The store's data is its owner's alone: the data folder is rwx------ and every database file
 * rw------- (SQLite gives its WAL and shared-memory files the database file's permissions). On a
 * file system without POSIX permissions nothing changes.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder if needed and takes every right away from group and others. */
    public static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (posix(folder)) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + folder + " private", e);
        }
    }

    /** Creates the file empty if absent, and makes it readable and writable by its owner only. */
    public static void file(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createFile(file);
            }
            if (posix(file)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " private", e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
