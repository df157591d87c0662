package cafe.terminal.launch;

import java.nio.file.Path;

/**
 * Points logging at the program's own rotating file before anything logs: the kit's logback
 * configuration ({@code cafe/terminal/logback.xml}) writes {@code <cafe.log.dir>/<program>.log}
 * beside the console. {@code cafe.log.dir} defaults to {@code ~/.local/state/cafe/logs}.
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
    }
}
