package cafe.core.server.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a snapshot holds: {@code snapshot.properties} beside the copied files, naming the server
 * version that took it, when, and every file with its SHA-256, so a restore can tell a complete,
 * undamaged snapshot from anything else before it touches a data folder.
 */
record SnapshotManifest(String serverVersion, Instant taken, Map<String, String> files) {

    static final String FILE = "snapshot.properties";
    private static final String FILE_PREFIX = "file.";

    /** Lists and fingerprints every file under the snapshot folder and writes the manifest beside them. */
    static SnapshotManifest write(Path snapshot, String serverVersion, Instant taken) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(snapshot)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(relative(snapshot, file), sha256(file));
            }
        }
        Properties manifest = new Properties();
        manifest.setProperty("server.version", serverVersion);
        manifest.setProperty("taken", taken.toString());
        files.forEach((file, hash) -> manifest.setProperty(FILE_PREFIX + file, hash));
        try (Writer out = Files.newBufferedWriter(snapshot.resolve(FILE), StandardCharsets.UTF_8)) {
            manifest.store(out, "A cafe store's snapshot: restore it with cafe-server restore --from <this folder>");
        }
        return new SnapshotManifest(serverVersion, taken, files);
    }

    /** Reads the manifest and checks every file it names; throws with the first problem found. */
    static SnapshotManifest verified(Path snapshot) {
        Path file = snapshot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(snapshot + " is not a store snapshot: it has no " + FILE);
        }
        SnapshotManifest manifest = read(file);
        manifest.files.forEach((name, hash) -> {
            Path copy = snapshot.resolve(name);
            if (!Files.isRegularFile(copy) || !hash.equals(sha256(copy))) {
                throw new IllegalArgumentException("the snapshot " + snapshot + " is damaged: " + name
                        + (Files.exists(copy) ? " does not match its checksum" : " is missing"));
            }
        });
        return manifest;
    }

    List<String> databases() {
        return files.keySet().stream().filter(name -> name.endsWith(".db") && !name.contains("/")).toList();
    }

    private static SnapshotManifest read(Path file) {
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> files = new TreeMap<>();
        manifest.stringPropertyNames().stream().filter(key -> key.startsWith(FILE_PREFIX))
                .forEach(key -> files.put(key.substring(FILE_PREFIX.length()), manifest.getProperty(key)));
        return new SnapshotManifest(manifest.getProperty("server.version", "unknown"),
                Instant.parse(manifest.getProperty("taken")), files);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
