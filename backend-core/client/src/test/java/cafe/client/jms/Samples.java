package cafe.client.jms;

import cafe.contract.LocalizedText;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketLine;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderUpdate;
import java.time.Instant;
import java.util.List;

/** Small, realistic bodies for the stub server to send. */
final class Samples {

    static final Instant PAID_AT = Instant.parse("2025-03-14T09:30:00Z");

    private Samples() {
    }

    static Menu menu(long version) {
        MenuOption regular = new MenuOption("size-regular", new LocalizedText("레귤러", "Regular"), 0, true);
        MenuOption large = new MenuOption("size-large", new LocalizedText("라지", "Large"), 500, false);
        OptionGroup size = new OptionGroup("size", new LocalizedText("사이즈", "Size"), 1, 1,
                List.of(regular, large));
        MenuItem americano = new MenuItem("americano", "coffee", new LocalizedText("아메리카노", "Americano"),
                new LocalizedText("진한 에스프레소에 물", "Espresso and hot water"), 4_500, List.of("size"),
                "americano.png", true, 60, List.of());
        return new Menu(version, List.of(new MenuCategory("coffee", new LocalizedText("커피", "Coffee"), 1)),
                List.of(americano), List.of(size));
    }

    static Ticket ticket(String orderId, TicketStatus status) {
        TicketLine line = new TicketLine(0, "americano", new LocalizedText("아메리카노", "Americano"),
                List.of(new LocalizedText("라지", "Large")), 2, false);
        return new Ticket(orderId, 101, OrderType.TAKE_OUT, status, List.of(line), PAID_AT, null, null, null,
                null, 1);
    }

    static PickupBoard board(long version, String orderId) {
        return new PickupBoard(version, List.of(), List.of(new BoardNumber(orderId, 101, PAID_AT)));
    }

    /** Order {@code orderId}'s number 101 going to the ready column, the board's change to {@code version}. */
    static BoardMove ready(long version, String orderId) {
        return new BoardMove(version, new BoardNumber(orderId, 101, PAID_AT), BoardMove.Place.READY);
    }

    static OrderUpdate paid(String orderId) {
        return new OrderUpdate(orderId, 101, OrderStatus.PAID, null, null);
    }
}
