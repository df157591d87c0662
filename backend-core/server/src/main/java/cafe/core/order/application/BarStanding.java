package cafe.core.order.application;

import cafe.contract.order.OrderStatus;

/** Where an order stands with the bar: its status, and the version of the ticket's news it followed last. */
public record BarStanding(OrderStatus status, long ticketVersion) {
}
