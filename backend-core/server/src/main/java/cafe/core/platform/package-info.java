/**
 * The shared platform every StoreServer context wires itself with; no context talks to Hibernate or
 * JMS directly. A context implements {@link cafe.core.platform.StoreContext} and, in
 * {@code wire(StorePlatform platform)}:
 * <pre>{@code
 * ServiceDatabase db = platform.database("ordering", OrderingSchema.ENTITIES);     // <dataDir>/ordering.db
 * platform.serve(Addresses.ORDER_COMMANDS, db, new RequestRoutes()
 *         .on(MessageTypes.PLACE_ORDER, PlaceOrder.class, placeOrder::place)       // returns reply data
 *         .ask(MessageTypes.GET_ORDER, OrderQuery.class, placeOrder::view));        // a question
 * platform.subscribe(Topology.ORDERING_PAYMENT_EVENTS, db, new EventRoutes()
 *         .on(PaymentApproved.TYPE, PaymentApproved.class, payments::approved));
 * }</pre>
 * Use cases get {@code db.transactions()} ({@link cafe.core.shared.Transactions}),
 * {@code db.outbox()} ({@link cafe.core.shared.EventOutbox}) and their repositories use
 * {@code db.session()}, the Hibernate session of the current transaction: the hot rows (orders,
 * tickets, payments, the outbox and ledger) with plain SQL on its connection through
 * {@link cafe.core.platform.persistence.PlainStatements}, the rest as entities.
 *
 * <h2>Persistence ({@code cafe.core.platform.persistence})</h2>
 * {@link cafe.core.platform.persistence.ServiceDatabase}: one SQLite file per context (WAL,
 * synchronous NORMAL, busy time-out 5 s, foreign keys) or one PostgreSQL schema per context, as
 * {@link cafe.core.platform.persistence.StoreDatabases} says; HikariCP with 3 connections (the
 * settings' pool size), transactions taking turns per database. The schema is owned by SQL scripts {@code db/<context>/V<n>__<what>.sql}
 * on the class path, applied in order and recorded in {@code schema_version}; {@code db/shared/}
 * (outbox, processed_message, answered_request) is applied to every database first. Instants are epoch millis.
 *
 * <h2>Messaging ({@code cafe.core.platform.messaging})</h2>
 * {@link cafe.core.platform.messaging.EmbeddedBroker}: Artemis with a persistent journal under
 * {@code <dataDir>/broker}, in-VM acceptor (services) and TCP acceptor (terminals), users in
 * {@code <dataDir>/users.properties} (one per role plus {@code services}), per-role permissions
 * ({@code AddressPermissions}), three delivery attempts (200 ms, then 400 ms) before
 * {@code cafe.dead-letters}, expiry to {@code cafe.expired}, payment requests expire after 2 min.
 * Every command/query queue and event address exists from the start; contexts declare their own
 * durable subscriptions ({@link cafe.core.platform.messaging.Topology} names them all).
 * <ul>
 * <li>Request endpoint: decodes the body by the {@code type} property, runs the handler in the
 * context's transaction (unless it opens its own), replies {@link cafe.contract.wire.Reply} to
 * JMSReplyTo with the request's JMSCorrelationID. {@link cafe.core.shared.Rejection} becomes an
 * error reply (also when thrown by a body record's constructor); unreadable JSON is MALFORMED_REQUEST, a constructor's
 * NullPointerException MISSING_FIELD, an unknown type UNKNOWN_REQUEST, anything else INTERNAL_ERROR.
 * A command ({@code on}) has its answer kept in {@code answered_request} with its effect, under the
 * request's JMSMessageID and reply queue, so that the same message delivered again (its server died
 * before the acknowledgement) is answered with it and not carried out twice; a question
 * ({@code ask}) is not, nor a handler with its own transactions ({@code onOwnTransactions}), which
 * runs outside the endpoint's; one that must tell a repeat itself ({@code onOwnTransactionsById})
 * gets the request's message id and reply queue.</li>
 * <li>Event subscription: on {@code address::queue}, in one transaction the eventId is recorded in
 * {@code processed_message} (a duplicate is skipped) and the handler runs; the transacted JMS
 * session commits after the database. A failure rolls back; the broker redelivers, then
 * dead-letters. Types without a handler are acknowledged and ignored.</li>
 * <li>Outbox relay: after each commit with events, and every second, publishes due rows in order,
 * persistent, to the multicast address, with properties {@code type}, {@code schemaVersion},
 * {@code eventId}, {@code occurredAt} (ISO-8601 text), {@code orderId} and
 * {@code _AMQ_DUPL_ID = eventId}; then marks them published.</li>
 * </ul>
 */
package cafe.core.platform;
