/**
 * The ordering context. {@code domain}: the {@link cafe.core.order.domain.Order} aggregate and its
 * {@link cafe.core.order.domain.OrderLifecycle}, cart pricing against the menu, the business
 * day. {@code application}: placing, paying again, cancelling and looking up orders
 * ({@link cafe.core.order.application.OrderingService}), and following payment and bar events
 * ({@link cafe.core.order.application.OrderProgress}). {@code adapter.persistence}: Hibernate on
 * {@code ordering.db}. {@link cafe.core.order.OrderingContext} wires it to the broker.
 */
package cafe.core.order;
