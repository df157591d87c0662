/**
 * The few framework-free ports every context's application services use: a transaction, the
 * outbox to publish events in it, the refusal that becomes an error reply, and the mask that
 * hides a customer's contact from staff screens and logs. Adapters in
 * {@code cafe.core.platform} implement them with Hibernate and Artemis.
 */
package cafe.core.shared;
