package cafe.core.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret file is the owner's from its first byte and is replaced whole. */
class OwnerOnlyTest {

    @TempDir
    Path folder;

    @Test
    void aReplacedFileIsSwappedWholeAndStaysTheOwnersAlone() throws Exception {
        Path passwords = folder.resolve("users.properties");
        OwnerOnly.write(passwords, "kiosk=first");
        Path draft = folder.resolve(".users.properties.new");
        Files.writeString(draft, "a draft a crash left behind");

        OwnerOnly.write(passwords, "kiosk=second");

        assertThat(Files.readString(passwords)).isEqualTo("kiosk=second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
        assertThat(draft).doesNotExist();
    }
}
