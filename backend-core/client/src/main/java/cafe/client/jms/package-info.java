/**
 * The terminals' side of the wire: {@link cafe.client.CafeConnection} and its kiosk, barista and
 * board clients over the Artemis Jakarta JMS client.
 *
 * <h2>Threads</h2>
 * Each connection owns three kinds of daemon thread, named {@code cafe-<user>-...}:
 * <ul>
 *   <li><b>link</b> (one thread): the only thread that touches JMS objects. It connects, sends
 *   every request, opens and closes event consumers and tears a dead connection down. JMS
 *   sessions are not thread-safe; confining them to one thread makes that a non-issue without
 *   locks. The sending session has no listener; replies and each event subscription have a
 *   session of their own, whose messages Artemis delivers on its own threads.</li>
 *   <li><b>timer</b> (one thread): request time-outs, so they fire on time even while the link
 *   thread waits on a slow connect or send.</li>
 *   <li><b>callback</b> (a pool): every future completes here and every listener is called here,
 *   never on the caller's thread and never on an Artemis delivery thread. A listener may
 *   therefore call the client, and even wait for the answer. Each listener has a lane of its
 *   own on the pool, so it hears its events one at a time and in order; a listener that throws
 *   is logged and keeps receiving.</li>
 * </ul>
 * An Artemis delivery thread only reads the message text and hands it over; JSON decoding
 * happens on the callback pool.
 *
 * <h2>Connecting and reconnecting</h2>
 * {@code CafeClients.connect} returns at once in state CONNECTING; the link thread tries to
 * connect ({@code CafeClients.prepare} returns one that waits for {@code start()}, so that a screen
 * subscribes first), and on failure tries again after 0.5 s, 1 s, 2 s, 4 s, then every 5 s. On success it
 * opens a temporary reply queue and a consumer for every event subscription, and only once every
 * one is open reports CONNECTED, so a screen that reloads its state on CONNECTED misses no event
 * (a subscription the broker refuses is tried again by itself, see {@code EventFeeds}).
 * <p>
 * A loss is noticed by the connection's exception listener (a broker that stops or a socket that
 * closes: at once; a broker or network that falls silent: within 3 to 6 s, from the client's
 * failure check every 1 s against a connection TTL of 3 s) or by a send that fails. The link
 * thread then drops the connection, fails every pending request with NOT_CONNECTED, reports
 * RECONNECTING and connects again with the same back-off, forever, until {@code close()}.
 * Artemis's own reconnect is switched off because a restarted broker has forgotten the temporary
 * reply queue and the non-durable subscriptions anyway: a fresh connection re-creates both.
 * Subscriptions are remembered by the client and survive any number of reconnects; events
 * published while the link was down are not replayed, so screens reload on CONNECTED.
 * <p>
 * {@code close()} reports CLOSED, stops every listener, fails what is pending, closes the JMS
 * connection and lets every thread end; a closed connection keeps no JVM alive.
 *
 * <h2>Requests</h2>
 * A call is a non-persistent TextMessage whose body is the command record as JSON (queries
 * without input send {@code {}}), with properties {@code type}, {@code schemaVersion} and
 * {@code orderId} (when the body has one), a fresh UUID as JMSCorrelationID and the temporary
 * queue as JMSReplyTo. Requests are not persisted because their answer can only reach the
 * connection that asked: after a broker restart nobody would wait for it. Sends block until the
 * broker has taken the message, so a send on a broken link fails at once and a forbidden address
 * answers FORBIDDEN. While not CONNECTED a call fails at once with NOT_CONNECTED; a call that
 * gets no reply within {@code TerminalConfig.requestTimeout} fails with TIMEOUT; an error reply
 * fails with its code, message and details. A request cut off by a lost connection fails with
 * NOT_CONNECTED and may or may not have been carried out: callers resend commands with the same
 * idempotency key once connected again.
 * <p>
 * Requests and subscriptions share the link thread in the order they are made: a subscription
 * made before a query is in place on the broker before that query leaves, so a screen that
 * subscribes and then loads its state misses nothing in between.
 */
package cafe.client.jms;
