package cafe.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A resource named with {@code ..} is found in target/classes, where the tests run, but not inside
 * the jar the display runs from: the board would not open at all. Names are absolute or siblings.
 */
class ResourceNamesTest {

    private static final Pattern PARENT_NAME = Pattern.compile("getResource(?:AsStream)?\\(\"[^\"]*\\.\\./|stylesheet\\(\"\\.\\./");

    @Test
    void noResourceIsLookedUpThroughAParentFolder() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(ResourceNamesTest::namesAParentFolder).toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean namesAParentFolder(Path file) {
        try {
            return PARENT_NAME.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
