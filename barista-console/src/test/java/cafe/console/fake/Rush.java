package cafe.console.fake;

import static cafe.console.fake.SampleMenu.DECAF;
import static cafe.console.fake.SampleMenu.EXTRA_SHOT;
import static cafe.console.fake.SampleMenu.HOT;
import static cafe.console.fake.SampleMenu.ICED;
import static cafe.console.fake.SampleMenu.LARGE;
import static cafe.console.fake.SampleMenu.LESS_ICE;
import static cafe.console.fake.SampleMenu.OAT_MILK;
import static cafe.console.fake.SampleMenu.VANILLA;
import static cafe.console.fake.SampleMenu.line;

import cafe.contract.barista.CheckItem;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.OrderType;
import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;

/** A lunchtime rush on the fake bar: a dozen tickets of every age and state, as in the screenshots. */
public final class Rush {

    private Rush() {
    }

    public static void on(FakeBar bar, MutableClock clock) {
        Instant now = clock.instant();
        Ticket a = bar.payAt(now.minusSeconds(530), OrderType.TAKE_OUT, line(0, "americano", 2, ICED, LARGE),
                line(1, "latte", 1, HOT, OAT_MILK));
        Ticket b = bar.payAt(now.minusSeconds(470), OrderType.DINE_IN, line(0, "cappuccino", 1, HOT));
        Ticket c = bar.payAt(now.minusSeconds(385), OrderType.DINE_IN, line(0, "vanilla-latte", 2, ICED, EXTRA_SHOT),
                line(1, "croissant", 1));
        bar.payAt(now.minusSeconds(262), OrderType.TAKE_OUT, line(0, "cold-brew", 1, ICED, LESS_ICE),
                line(1, "americano", 1, ICED, LARGE), line(2, "matcha-latte", 1, HOT, OAT_MILK));
        bar.payAt(now.minusSeconds(211), OrderType.DINE_IN, line(0, "flat-white", 2, HOT));
        bar.payAt(now.minusSeconds(160), OrderType.TAKE_OUT, line(0, "latte", 1, ICED, VANILLA, OAT_MILK));
        bar.payAt(now.minusSeconds(104), OrderType.DINE_IN, line(0, "grapefruit-ade", 1, LESS_ICE),
                line(1, "earl-grey", 1, HOT));
        bar.payAt(now.minusSeconds(75), OrderType.TAKE_OUT, line(0, "americano", 3, ICED, LARGE));
        bar.payAt(now.minusSeconds(41), OrderType.DINE_IN, line(0, "latte", 1, HOT, DECAF),
                line(1, "chocolate", 1, HOT));
        bar.payAt(now.minusSeconds(12), OrderType.TAKE_OUT, line(0, "cappuccino", 2, HOT, EXTRA_SHOT));
        Ticket r1 = bar.payAt(now.minusSeconds(610), OrderType.TAKE_OUT, line(0, "americano", 1, ICED));
        Ticket r2 = bar.payAt(now.minusSeconds(580), OrderType.DINE_IN, line(0, "citron-tea", 2, HOT));
        clock.advance(Duration.ofSeconds(-95));
        for (Ticket ready : new Ticket[] {r1, r2}) {
            bar.start(new TicketAction(ready.orderId(), "bar-1"));
            bar.markReady(new TicketAction(ready.orderId(), "bar-1"));
            clock.advance(Duration.ofSeconds(40));
        }
        clock.advance(Duration.ofSeconds(15));
        bar.start(new TicketAction(a.orderId(), "bar-1"));
        bar.checkItem(new CheckItem(a.orderId(), 0, true));
        bar.startFrom("bar-2", b.orderId());
        bar.start(new TicketAction(c.orderId(), "bar-1"));
        bar.setAvailability(new SetAvailability("croissant", false));
        bar.setAvailability(new SetAvailability("grapefruit-ade", false));
        bar.dayStats(new DayStats(87, 204, 612, 10, 9));
    }
}
