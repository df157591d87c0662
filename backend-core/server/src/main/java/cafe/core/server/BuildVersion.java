package cafe.core.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven built, for {@code cafe-server --version}. */
final class BuildVersion implements IVersionProvider {

    private static final String RESOURCE = "build.properties";

    static String current() {
        Properties build = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cafe-server " + current()};
    }
}
