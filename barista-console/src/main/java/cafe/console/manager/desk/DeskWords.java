package cafe.console.manager.desk;

import cafe.contract.barista.Ticket;
import cafe.contract.desk.PaymentRecord;
import cafe.contract.desk.StatusChange;
import cafe.console.manager.office.ShownDates;
import cafe.contract.order.OrderStatus;
import cafe.terminal.i18n.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The order desk's records in the screen's words: statuses, times of the store's day, cards, tickets. */
final class DeskWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Texts texts;
    private final ZoneId zone;
    private final ShownDates dates;

    DeskWords(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
        this.dates = new ShownDates(texts, zone);
    }

    /** Days in the screen's language. */
    ShownDates dates() {
        return dates;
    }

    ZoneId zone() {
        return zone;
    }

    String status(OrderStatus status) {
        return texts.get(switch (status) {
            case CREATED -> "status.created";
            case PAID -> "status.paid";
            case PAYMENT_FAILED -> "status.paymentFailed";
            case QUEUED -> "status.queued";
            case IN_PREPARATION -> "status.inPreparation";
            case READY -> "status.ready";
            case PICKED_UP -> "status.pickedUp";
            case CANCELLED -> "status.cancelled";
        });
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    String dayAndTime(Instant at) {
        return dates.dayAndTime(at);
    }

    String step(StatusChange change) {
        String line = time(change.at()) + "   " + status(change.status());
        if (change.staffName() != null) {
            return line + "   " + texts.get("orders.stepBy", change.staffName(), change.note() == null ? "" : change.note());
        }
        return change.note() == null ? line : line + "   (" + change.note() + ")";
    }

    String payment(PaymentRecord p) {
        String card = p.cardBrand() == null ? "" : p.cardBrand() + " ****" + p.cardLast4();
        String head = texts.get("orders.attempt", p.attempt(), card, texts.won(p.amountWon()));
        String outcome = switch (p.status()) {
            case "APPROVED" -> texts.get("orders.approved", p.approvalCode(), time(p.settledAt()));
            case "REFUNDED" -> texts.get("orders.refundedAt", p.approvalCode(), time(p.settledAt()),
                    time(p.refundedAt()));
            case "DECLINED" -> texts.get("orders.declined", p.declineMessage() == null ? "" : p.declineMessage(),
                    p.declineCode(), time(p.settledAt()));
            default -> texts.get("orders.paymentPending");
        };
        return head + "   " + outcome;
    }

    List<String> ticket(Ticket ticket) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("orders.queuedAt", time(ticket.paidAt())));
        if (ticket.startedAt() != null) {
            lines.add(texts.get("orders.startedAt", time(ticket.startedAt()), ticket.station()));
        }
        if (ticket.readyAt() != null) {
            lines.add(texts.get("orders.readyAt", time(ticket.readyAt())));
        }
        if (ticket.pickedUpAt() != null) {
            lines.add(texts.get("orders.pickedUpAt", time(ticket.pickedUpAt())));
        }
        if (ticket.status().name().equals("CANCELLED")) {
            lines.add(texts.get("orders.ticketCancelled"));
        }
        return lines;
    }
}
