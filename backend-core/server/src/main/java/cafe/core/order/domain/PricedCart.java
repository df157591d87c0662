package cafe.core.order.domain;

import java.util.List;

/** A cart the menu accepted, priced line by line by the server. */
public record PricedCart(List<OrderLine> lines) {

    public PricedCart {
        lines = List.copyOf(lines);
    }

    public long totalWon() {
        return lines.stream().mapToLong(OrderLine::lineTotalWon).reduce(0, Math::addExact);
    }
}
