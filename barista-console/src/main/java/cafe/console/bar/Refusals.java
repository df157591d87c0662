package cafe.console.bar;

import cafe.client.CafeException;
import cafe.terminal.i18n.Texts;
import cafe.contract.barista.Ticket;
import cafe.contract.wire.ErrorCode;

/** Words for what the server refused or the network lost, as a barista needs to read them. */
final class Refusals {

    private Refusals() {
    }

    static String describe(Texts texts, Ticket ticket, Throwable failure) {
        String number = String.valueOf(ticket.orderNumber());
        ErrorCode code = CafeException.of(failure).map(CafeException::code).orElse(ErrorCode.INTERNAL_ERROR);
        return switch (code) {
            case ALREADY_STARTED -> ticket.station() == null
                    ? texts.get("toast.alreadyStarted", number)
                    : texts.get("toast.alreadyStartedAt", number, ticket.station());
            case ILLEGAL_TRANSITION -> texts.get("toast.illegalTransition", number);
            case ORDER_NOT_FOUND -> texts.get("toast.orderNotFound", number);
            case NOTHING_TO_RECALL -> texts.get("toast.nothingToRecall");
            case NOT_CONNECTED, TIMEOUT -> texts.get("toast.offline", number);
            default -> texts.get("toast.failed", number, messageOf(failure));
        };
    }

    private static String messageOf(Throwable failure) {
        return CafeException.of(failure).map(Throwable::getMessage).orElse(failure.getClass().getSimpleName());
    }
}
