package cafe.terminal.launch;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points logging at the program's own rotating file: the kit's logback configuration
 * ({@code cafe/terminal/logback.xml}, unless {@code logback.configurationFile} names another)
 * writes {@code <cafe.log.dir>/<program>.log} beside the console. {@code cafe.log.dir} defaults to
 * {@code ~/.local/state/cafe/logs}. Logging is configured again here, so a logger some class made
 * while the JVM loaded the program (before the program had a name) writes to the file as well.
 */
final class ProgramLogs {

    static final String CONFIGURATION = "cafe/terminal/logback.xml";

    private ProgramLogs() {
    }

    static void name(Program program) {
        System.setProperty("cafe.program", program.name());
        if (System.getProperty("cafe.log.dir") == null) {
            System.setProperty("cafe.log.dir",
                    Path.of(System.getProperty("user.home"), ".local", "state", "cafe", "logs").toString());
        }
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIGURATION);
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                throw new IllegalStateException("the logging configuration cannot be read", e);
            }
        }
    }
}
