package cafe.client.jms;

import cafe.client.ConnectionState;
import cafe.client.Subscription;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event subscriptions a terminal asked for. They are remembered across connections: when
 * a connection comes up each gets a non-durable consumer on it, in a session of its own. A feed
 * the broker refuses on a working connection (its address not declared yet by a server still
 * starting, a role that may not read it, a call that timed out) is tried again after {@link #RETRY},
 * then at twice the pause each time up to {@link #LONGEST_RETRY}, until it opens. The terminal
 * is told CONNECTED only once every feed is open ({@link #connectedIfAllOpen}). Every JMS call
 * here runs on the link thread; {@link #subscribe} may be called from any thread.
 */
final class EventFeeds {

    private static final Logger log = LoggerFactory.getLogger(EventFeeds.class);
    static final Duration RETRY = Duration.ofSeconds(3);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(1);

    private final Set<EventFeed<?>> feeds = ConcurrentHashMap.newKeySet();
    private final LinkThread link;
    private final Executor callbacks;
    private final WireCodec codec;
    private final ConnectionStates states;

    // link thread only
    private final Map<EventFeed<?>, JMSContext> consumers = new HashMap<>();
    /** Feeds refused since they last opened, with the pause before their next try (logged once). */
    private final Map<EventFeed<?>, Duration> refused = new HashMap<>();
    /** Feeds with a try scheduled: one at a time each. */
    private final Set<EventFeed<?>> tryDue = new HashSet<>();
    /** A feed refused while connected has opened since the screens read: they read again once all are open. */
    private boolean readAgainOwed;
    private JMSContext connection;

    EventFeeds(LinkThread link, Executor callbacks, WireCodec codec, ConnectionStates states) {
        this.link = link;
        this.callbacks = callbacks;
        this.codec = codec;
        this.states = states;
    }

    <T> Subscription subscribe(String address, String selector, Class<T> type, Consumer<T> listener) {
        EventFeed<T> feed = new EventFeed<>(address, selector, type, listener, new SerialLane(callbacks), codec);
        feeds.add(feed);
        link.run(() -> openQuietly(feed));
        return () -> {
            feed.stop();
            if (feeds.remove(feed)) {
                link.run(() -> {
                    close(feed);
                    connectedIfAllOpen(false);
                });
            }
        };
    }

    /** Link thread: a connection is up; gives every feed a consumer on it. */
    void attach(JMSContext newConnection) {
        connection = newConnection;
        feeds.forEach(feed -> {
            if (openOn(feed)) {
                followed(feed);
            }
        });
    }

    /**
     * Link thread: once every feed asked for is open on the connection that is up, the terminal is
     * told CONNECTED, or CONNECTED once more if it already was and a feed refused meanwhile has
     * opened since it was last told (what its screens read may have missed events).
     *
     * @param openedLate a feed refused on this connection or an earlier one has just opened
     * @return whether every feed is open
     */
    boolean connectedIfAllOpen(boolean openedLate) {
        readAgainOwed |= openedLate;
        if (connection == null || !consumers.keySet().containsAll(feeds)) {
            return false;
        }
        if (!states.isConnected()) {
            states.moveTo(ConnectionState.CONNECTED);
        } else if (readAgainOwed) {
            states.connectedAgain();
        }
        readAgainOwed = false;
        return true;
    }

    /** Link thread: the connection is gone or closing; its consumers go with it. */
    void detach() {
        consumers.values().forEach(EventFeeds::closeQuietly);
        consumers.clear();
        connection = null;
    }

    /** Stops every listener for good. */
    void stopAll() {
        feeds.forEach(EventFeed::stop);
        feeds.clear();
    }

    /** Gives the feed a consumer, if it has none yet; true if it got one now. */
    private boolean openOn(EventFeed<?> feed) {
        if (connection == null || consumers.containsKey(feed) || !feeds.contains(feed)) {
            return false;
        }
        JMSContext session = connection.createContext(BrokerSettings.LISTENING);
        try {
            session.createConsumer(session.createTopic(feed.address()), feed.selector())
                    .setMessageListener(feed::deliver);
            consumers.put(feed, session);
            return true;
        } catch (JMSSecurityRuntimeException | InvalidSelectorRuntimeException
                 | InvalidDestinationRuntimeException e) {
            // a fault of this feed, not of the connection: the others still get their consumers
            closeQuietly(session);
            refusedNow(feed, e);
            return false;
        } catch (JMSRuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    private void openQuietly(EventFeed<?> feed) {
        try {
            if (openOn(feed)) {
                connectedIfAllOpen(followed(feed));
            }
        } catch (JMSRuntimeException e) {
            // a failing connection's listener brings the feed back on the next one; a slow one
            // that stays up does not, so the feed is tried again on it
            refusedNow(feed, e);
        }
    }

    /** A feed got its consumer: its refusals are forgotten; true if it had any. */
    private boolean followed(EventFeed<?> feed) {
        boolean late = refused.remove(feed) != null;
        if (late) {
            log.info("now following {}", feed);
        }
        return late;
    }

    private void refusedNow(EventFeed<?> feed, JMSRuntimeException e) {
        if (!refused.containsKey(feed)) {
            log.error("this terminal cannot follow {} yet, trying again: {}", feed, e.getMessage());
        }
        if (!tryDue.add(feed)) {
            return;
        }
        Duration pause = refused.getOrDefault(feed, RETRY);
        Duration doubled = pause.multipliedBy(2);
        refused.put(feed, doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled);
        // on whatever connection is up by then: one made since is still owed this feed
        link.runAfter(pause, () -> {
            tryDue.remove(feed);
            openQuietly(feed);
        });
    }

    private void close(EventFeed<?> feed) {
        refused.remove(feed);
        tryDue.remove(feed);
        JMSContext session = consumers.remove(feed);
        if (session != null) {
            closeQuietly(session);
        }
    }

    private static void closeQuietly(JMSContext session) {
        try {
            session.close();
        } catch (JMSRuntimeException e) {
            log.debug("closing a consumer session failed", e);
        }
    }
}
