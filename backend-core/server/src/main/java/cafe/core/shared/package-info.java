/**
 * The few framework-free ports every context's application services use: a transaction, the
 * outbox to publish events in it, and the refusal that becomes an error reply. Adapters in
 * {@code cafe.core.platform} implement them with Hibernate and Artemis.
 */
package cafe.core.shared;
