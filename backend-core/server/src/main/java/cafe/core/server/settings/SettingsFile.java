package cafe.core.server.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A server settings file as written: {@code key = value} lines, {@code #} or {@code !} comments,
 * blank lines. Each section takes the keys it knows; whatever is left is an unknown key, reported
 * with its line, so a misspelt key never leaves a setting silently at its default.
 */
final class SettingsFile {

    /** One {@code key = value} line. */
    record Entry(String key, String value, int line) {
    }

    private final Path path;
    private final Map<String, Entry> entries;
    private final Set<String> known = new TreeSet<>();

    private SettingsFile(Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    static SettingsFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SettingsProblem("the settings file " + path + " does not exist");
        } catch (IOException e) {
            throw new SettingsProblem("cannot read the settings file " + path + ": " + e.getMessage());
        }
        SettingsFile file = new SettingsFile(path, new LinkedHashMap<>());
        for (int number = 1; number <= lines.size(); number++) {
            file.add(lines.get(number - 1).strip(), number);
        }
        return file;
    }

    /** The file of a server started without one: every setting at its default. */
    static SettingsFile none() {
        return new SettingsFile(Path.of("(no settings file)"), Map.of());
    }

    private void add(String line, int number) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
            return;
        }
        int equals = line.indexOf('=');
        if (equals <= 0) {
            throw new SettingsProblem(at(number) + "expected key = value, was '" + line + "'");
        }
        Entry entry = new Entry(line.substring(0, equals).strip(), line.substring(equals + 1).strip(), number);
        Entry earlier = entries.putIfAbsent(entry.key(), entry);
        if (earlier != null) {
            throw new SettingsProblem(at(number) + entry.key() + " is set a second time (first on line "
                    + earlier.line() + ")");
        }
    }

    /** The key's line, if the file sets it; an empty value is refused. */
    Optional<Entry> take(String key) {
        known.add(key);
        Entry entry = entries.get(key);
        if (entry != null && entry.value().isEmpty()) {
            throw problem(entry, key + " has no value");
        }
        return Optional.ofNullable(entry);
    }

    /** Fails on the first key no section took. */
    void refuseUnknownKeys() {
        for (Entry entry : entries.values()) {
            if (!known.contains(entry.key())) {
                throw problem(entry, "unknown key '" + entry.key() + "'; the keys are " + String.join(", ", known));
            }
        }
    }

    /** Refuses the keys that are set, each being for {@code choice} only (e.g. "database.kind = postgresql"). */
    @SafeVarargs
    final void onlyFor(String choice, Optional<Entry>... keys) {
        for (Optional<Entry> key : keys) {
            key.ifPresent(entry -> {
                throw problem(entry, entry.key() + " is for " + choice + " only");
            });
        }
    }

    /** The entry's value; without it, {@code needer} (e.g. "database.kind = postgresql") needs {@code what}. */
    String required(Optional<Entry> entry, String needer, String what) {
        return entry.map(Entry::value).orElseThrow(() -> problem(needer + " needs " + what));
    }

    /**
     * A password: the first line of the file {@code fileKey} names (a file only the server's user
     * reads), or, less safely, {@code inlineKey}'s value in the settings file itself; {@code needer}
     * (e.g. "database.kind = postgresql") needs one of the two.
     */
    String secret(String inlineKey, String fileKey, String needer) {
        Optional<Entry> inline = take(inlineKey);
        Optional<Entry> fromFile = take(fileKey);
        if (inline.isPresent() && fromFile.isPresent()) {
            throw problem(fromFile.get(), "give " + inlineKey + " or " + fileKey + ", not both");
        }
        if (inline.isPresent()) {
            return inline.get().value();
        }
        Entry entry = fromFile.orElseThrow(() -> problem(needer + " needs " + fileKey
                + " (a file holding the password) or " + inlineKey));
        Path file = resolve(entry.value());
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw problem(entry, fileKey + " " + file + " is empty");
            }
            return first;
        } catch (IOException e) {
            throw problem(entry, fileKey + " " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    SettingsProblem problem(Entry entry, String what) {
        return new SettingsProblem(at(entry.line()) + what);
    }

    SettingsProblem problem(String what) {
        return new SettingsProblem(path + ": " + what);
    }

    /** A file the settings file names, relative to the settings file's own folder. */
    Path resolve(String file) {
        Path folder = path.toAbsolutePath().getParent();
        return folder == null ? Path.of(file) : folder.resolve(file);
    }

    private String at(int line) {
        return path + " line " + line + ": ";
    }
}
