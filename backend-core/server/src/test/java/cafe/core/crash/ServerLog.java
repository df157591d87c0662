package cafe.core.crash;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * While open, writes what an in-process store logs at INFO (the store's own loggers and the
 * broker's) into {@code server.log} in a folder, as a running server does, instead of the test console.
 */
final class ServerLog implements AutoCloseable {

    private static final List<String> LOGGERS = List.of("cafe", "org.apache.activemq");

    private final FileAppender<ILoggingEvent> appender;
    private final List<Level> levels;

    private ServerLog(FileAppender<ILoggingEvent> appender, List<Level> levels) {
        this.appender = appender;
        this.levels = levels;
    }

    static ServerLog into(Path folder) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level [%thread] %logger{0} order=%X{orderId:--} %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(folder.resolve("server.log").toString());
        appender.setEncoder(encoder);
        appender.start();
        List<Level> levels = LOGGERS.stream().map(name -> {
            Logger logger = context.getLogger(name);
            Level before = logger.getLevel();
            logger.setLevel(Level.INFO);
            logger.setAdditive(false);
            logger.addAppender(appender);
            return before;
        }).toList();
        return new ServerLog(appender, levels);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (int i = 0; i < LOGGERS.size(); i++) {
            Logger logger = context.getLogger(LOGGERS.get(i));
            logger.detachAppender(appender);
            logger.setAdditive(true);
            logger.setLevel(levels.get(i));
        }
        appender.stop();
    }
}
