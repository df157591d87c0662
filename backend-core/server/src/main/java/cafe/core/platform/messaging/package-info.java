/**
 * The embedded Artemis broker, its security and topology, and the JMS adapters the contexts use:
 * request endpoints, idempotent event subscriptions and the outbox relay. See {@link cafe.core.platform}.
 */
package cafe.core.platform.messaging;
