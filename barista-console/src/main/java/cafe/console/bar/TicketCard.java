package cafe.console.bar;

import cafe.terminal.i18n.Texts;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketLine;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A ticket as a card on the rail: a header in its age colour with the bump-bar key, the order number
 * and the timer; dine-in or to go and who is making it; each drink with its options spelled out
 * (touch a drink to tick it off); one big button for the next step.
 */
final class TicketCard extends VBox {

    private final TicketCardModel model;
    private final ConsoleViewModel console;
    private final Texts texts;
    private final Label slot = label("ticket-slot");
    private final Label number = label("ticket-number");
    private final Label timer = label("ticket-timer");
    private final Label type = label("ticket-type");
    private final Label status = label("ticket-status");
    private final VBox lines = new VBox();
    private final Button action = new Button();
    private final ChangeListener<Object> onChange = (obs, was, now) -> render();

    TicketCard(TicketCardModel model, ConsoleViewModel console, Texts texts) {
        this.model = model;
        this.console = console;
        this.texts = texts;
        getStyleClass().add("ticket-card");
        setId("ticket-" + model.ticket().orderNumber());
        lines.getStyleClass().add("ticket-lines");
        VBox.setVgrow(lines, Priority.ALWAYS);
        timer.textProperty().bind(model.ageTextProperty());
        getChildren().addAll(header(), row("ticket-subheader", type, status), lines, actionButton());
        model.ticketProperty().addListener(onChange);
        model.slotProperty().addListener(onChange);
        model.selectedProperty().addListener(onChange);
        model.ageLevelProperty().addListener(onChange);
        render();
    }

    /** Touching the header puts the bump bar's cursor on this ticket. */
    private HBox header() {
        HBox header = row("ticket-header", slot, number, timer);
        header.setOnMouseClicked(e -> console.select(model));
        return header;
    }

    private Button actionButton() {
        action.getStyleClass().add("ticket-action");
        action.setFocusTraversable(false);
        action.setMaxWidth(Double.MAX_VALUE);
        action.setOnAction(e -> act());
        action.disableProperty().bind(model.busyProperty().or(console.connectedBinding().not()));
        return action;
    }

    /** A row with its last node pushed to the right edge. */
    private static HBox row(String styleClass, Label... labels) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(labels);
        row.getChildren().add(labels.length - 1, grow);
        row.getStyleClass().add(styleClass);
        return row;
    }

    void dispose() {
        model.ticketProperty().removeListener(onChange);
        model.slotProperty().removeListener(onChange);
        model.selectedProperty().removeListener(onChange);
        model.ageLevelProperty().removeListener(onChange);
        timer.textProperty().unbind();
        action.disableProperty().unbind();
    }

    private void act() {
        if (model.ticket().status() == TicketStatus.QUEUED) {
            console.start(model);
        } else {
            console.ready(model);
        }
    }

    private void render() {
        Ticket t = model.ticket();
        int key = model.slotProperty().get();
        slot.setText(key == 0 ? "" : String.valueOf(key));
        slot.setVisible(key != 0);
        number.setText("#" + t.orderNumber());
        type.setText(texts.get(t.orderType() == OrderType.DINE_IN ? "ticket.dineIn" : "ticket.takeOut"));
        type.getStyleClass().setAll("ticket-type", t.orderType() == OrderType.DINE_IN ? "dine-in" : "take-out");
        boolean making = t.status() == TicketStatus.IN_PREPARATION;
        status.setText(!making ? texts.get("ticket.status.queued")
                : t.station() == null ? texts.get("ticket.status.making") : texts.get("ticket.status.makingAt", t.station()));
        action.setText(texts.get(making ? "ticket.action.ready" : "ticket.action.start"));
        action.getStyleClass().setAll("button", "ticket-action", making ? "ready" : "start");
        if (making && model.allDone()) {
            action.getStyleClass().add("all-done");
        }
        getStyleClass().setAll("ticket-card", "age-" + model.ageLevelProperty().get().name().toLowerCase(),
                making ? "making" : "queued");
        if (model.selectedProperty().get()) {
            getStyleClass().add("selected");
        }
        lines.getChildren().setAll(t.lines().stream().map(this::line).toList());
    }

    private HBox line(TicketLine line) {
        Label quantity = label("line-quantity");
        quantity.setText(String.valueOf(line.quantity()));
        Label name = label("line-name");
        name.setText(texts.of(line.name()));
        name.setWrapText(true);
        VBox text = new VBox(name);
        if (!line.options().isEmpty()) {
            Label options = label("line-options");
            options.setText(texts.ofAll(line.options()));
            options.setWrapText(true);
            text.getChildren().add(options);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Label check = label("line-check");
        check.setText(line.done() ? "✓" : "");
        HBox row = new HBox(quantity, text, check);
        row.getStyleClass().add("ticket-line");
        if (line.done()) {
            row.getStyleClass().add("done");
        }
        row.setOnMouseClicked(e -> console.toggleLine(model, line.index()));
        return row;
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }
}
