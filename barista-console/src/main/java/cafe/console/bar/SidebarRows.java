package cafe.console.bar;

import cafe.terminal.i18n.Texts;
import cafe.contract.barista.Ticket;
import cafe.contract.order.OrderType;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The rows of the sidebar: a ready ticket on the pickup shelf, and one all-day count. */
final class SidebarRows {

    private SidebarRows() {
    }

    /** A ready order: its number, how long it has waited, and one touch to hand it over. */
    static Node ready(TicketCardModel card, ConsoleViewModel console, Texts texts) {
        Ticket t = card.ticket();
        Label number = label("shelf-number", "#" + t.orderNumber());
        Label detail = label("shelf-detail",
                texts.get(t.orderType() == OrderType.DINE_IN ? "ticket.dineIn" : "ticket.takeOut")
                        + " · " + texts.get("ticket.items", t.itemCount()));
        Label waited = label("shelf-timer", "");
        waited.textProperty().bind(card.ageTextProperty());
        VBox text = new VBox(number, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button handOver = new Button(texts.get("ticket.action.pickUp"));
        handOver.getStyleClass().add("shelf-action");
        handOver.setFocusTraversable(false);
        handOver.disableProperty().bind(card.busyProperty().or(console.connectedBinding().not()));
        handOver.setOnAction(e -> console.pickUp(card));
        HBox row = new HBox(text, waited, handOver);
        row.getStyleClass().add("shelf-row");
        row.setId("ready-" + t.orderNumber());
        return row;
    }

    /** "3 × Caffè latte / Iced · Oat milk". */
    static Node allDay(AllDayCount count, Texts texts) {
        Label quantity = label("all-day-count", String.valueOf(count.count()));
        Label name = label("all-day-name", texts.of(count.name()));
        VBox text = new VBox(name);
        if (!count.options().isEmpty()) {
            Label options = label("all-day-options",
                    texts.ofAll(count.options()));
            options.setWrapText(true);
            text.getChildren().add(options);
        }
        HBox row = new HBox(quantity, text);
        row.getStyleClass().add("all-day-row");
        return row;
    }

    private static Label label(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
