package cafe.core.server;

import java.nio.file.Path;

/**
 * Chooses the logging configuration before the first logger exists: {@code logback-server.xml}
 * (console and rolling {@code server.log}) for a running server, {@code logback-cli.xml} (warnings
 * on stderr) for the other commands. A {@code -Dlogback.configurationFile} given by hand wins.
 */
final class ServerLogging {

    static final String LOG_DIR_PROPERTY = "cafe.log.dir";
    private static final String CONFIGURATION_FILE = "logback.configurationFile";

    private ServerLogging() {
    }

    static void toFolder(Path logDir) {
        System.setProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        configure("logback-server.xml");
    }

    static void quiet() {
        configure("logback-cli.xml");
    }

    private static void configure(String resource) {
        if (System.getProperty(CONFIGURATION_FILE) == null) {
            System.setProperty(CONFIGURATION_FILE, resource);
        }
    }
}
