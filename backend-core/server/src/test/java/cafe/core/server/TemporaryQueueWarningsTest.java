package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.junit.jupiter.api.Test;

class TemporaryQueueWarningsTest {

    private static final String NO_DLA = "AMQ222165: No Dead Letter Address configured for queue {} in AddressSettings";
    private static final String NO_EXPIRY = "AMQ222166: No Expiry Address configured for queue {} in AddressSettings";

    @Test
    void aTerminalsQueueWarnsNothingWhileAServicesQueueAndOtherWarningsStillDo() {
        LoggerContext context = new LoggerContext();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.setContext(context);
        logged.addFilter(new TemporaryQueueWarnings());
        logged.start();
        Logger broker = context.getLogger("org.apache.activemq.artemis.core.server");
        broker.addAppender(logged);

        SimpleString replies = SimpleString.of("733a2a3f-889b-4ad5-ba11-6d4e07c8023d");
        broker.warn(NO_DLA, replies);
        broker.warn(NO_EXPIRY, replies);
        broker.warn(NO_DLA, SimpleString.of("ordering.payment-events"));
        broker.warn("AMQ222210: Free storage space is at {} of {} total", "1 MB", "10 GB");

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "AMQ222165: No Dead Letter Address configured for queue ordering.payment-events in AddressSettings",
                "AMQ222210: Free storage space is at 1 MB of 10 GB total");
    }
}
