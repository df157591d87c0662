package cafe.core.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Pattern;

/**
 * Drops the two warnings the broker logs for every queue it makes without a dead-letter or expiry
 * address, when the queue is a terminal's own (a reply queue or a live feed, named by a UUID): those
 * have neither by design, since a reply or a live copy no terminal takes is simply dropped. Without
 * this, every terminal that connects put two warnings on the server's console. A service's queue
 * (named, e.g. {@code ordering.payment-events}) still warns. An appender's filter, not a turbo
 * filter: logback asks a turbo filter at every level check too (the broker's and Hibernate's
 * {@code isTraceEnabled} on every message and statement), which cost about 1% of a rush.
 */
public final class TemporaryQueueWarnings extends Filter<ILoggingEvent> {

    private static final Pattern NO_ADDRESS = Pattern.compile("AMQ22216[56]\\b.*");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String format = event.getMessage();
        Object[] params = event.getArgumentArray();
        boolean terminalQueue = event.getLevel() == Level.WARN && format != null && params != null
                && params.length == 1 && NO_ADDRESS.matcher(format).matches()
                && UUID.matcher(String.valueOf(params[0])).matches();
        return terminalQueue ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
