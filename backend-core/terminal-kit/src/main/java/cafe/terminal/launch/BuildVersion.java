package cafe.terminal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version every launcher prints for {@code --version}: the build's, written in at build time. */
public final class BuildVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"${COMMAND-FULL-NAME} " + version()};
    }

    public static String version() {
        Properties build = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("build.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("build.properties is part of the build", e);
        }
        return build.getProperty("version");
    }
}
