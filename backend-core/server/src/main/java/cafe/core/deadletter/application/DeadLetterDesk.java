package cafe.core.deadletter.application;

import cafe.contract.desk.FailedMessage;
import cafe.contract.desk.FailedMessageList;
import cafe.contract.desk.ResolveFailedMessage;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.core.deadletter.domain.FiledLetter;
import cafe.core.deadletter.domain.Resolution;
import cafe.core.deadletter.domain.UndeliveredMessage;
import cafe.core.shared.ContactMask;
import cafe.core.shared.Rejection;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The back office's failed messages: the letters the office keeps, and a staff member's retry (the
 * letter sent back once to the queue it failed on) or discard (with a reason), each recorded with
 * who and when. Asking again for a letter already resolved the same way answers that resolution.
 * A letter's body is shown with every customer contact in it masked: the whole number or address
 * stays in the office, kept only so that a retry sends the message as it was.
 */
public final class DeadLetterDesk {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDesk.class);
    private static final int MOST_SHOWN = 200;
    private static final int LONGEST_NOTE = 200;

    private final DeadLetterBook book;
    private final LetterCarrier carrier;
    private final Transactions transactions;
    private final Clock clock;

    public DeadLetterDesk(DeadLetterBook book, LetterCarrier carrier, Transactions transactions, Clock clock) {
        this.book = book;
        this.carrier = carrier;
        this.transactions = transactions;
        this.clock = clock;
    }

    public FailedMessageList list(Object query, Staff staff) {
        return transactions.inTransaction(() -> {
            List<FiledLetter> letters = book.filed(MOST_SHOWN);
            return new FailedMessageList(letters.stream().map(letter -> view(letter, diedAgain(letter, letters)))
                    .toList());
        });
    }

    public FailedMessage retry(ResolveFailedMessage command, Staff staff) {
        return settle(command.id(), resolution(Resolution.Kind.RETRIED, staff, note(command.reason(), false)),
                letter -> {
                    letter.checkCanGoBack();
                    carrier.sendBack(letter, "retry:" + letter.id());
                });
    }

    public FailedMessage discard(ResolveFailedMessage command, Staff staff) {
        return settle(command.id(), resolution(Resolution.Kind.DISCARDED, staff, note(command.reason(), true)),
                letter -> { });
    }

    private Resolution resolution(Resolution.Kind kind, Staff staff, String note) {
        // stored to the millisecond: the answer says the same time as any later look
        return new Resolution(kind, clock.instant().truncatedTo(ChronoUnit.MILLIS), staff.id(), staff.name(), note);
    }

    /** Does {@code act} to the letter and records {@code how}, unless it was already resolved that way. */
    private FailedMessage settle(long id, Resolution how, Consumer<FiledLetter> act) {
        return transactions.inTransaction(() -> {
            FiledLetter letter = existing(id);
            if (letter.alreadyResolved(how.kind()).isPresent()) {
                return view(letter, false);
            }
            act.accept(letter);
            book.resolve(letter.id(), how);
            logResolved(letter.kept().message(), how);
            return view(letter.resolved(how), false);
        });
    }

    private static void logResolved(UndeliveredMessage message, Resolution how) {
        MDC.put(Headers.ORDER_ID, message.orderId());
        try {
            log.info("failed {} {} on {} {} by {}{}", message.type(), message.eventId(), message.originalQueue(),
                    how.kind(), how.staffId(), how.note() == null ? "" : ": " + how.note());
        } finally {
            MDC.remove(Headers.ORDER_ID);
        }
    }

    private FiledLetter existing(long id) {
        return book.find(id).orElseThrow(() -> new Rejection(ErrorCode.FAILED_MESSAGE_NOT_FOUND,
                "no failed message " + id));
    }

    private static String note(String reason, boolean required) {
        String note = reason == null || reason.isBlank() ? null : reason.trim();
        if (note == null && required) {
            throw new Rejection(ErrorCode.MISSING_FIELD, "reason is required");
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            throw new Rejection(ErrorCode.FIELD_TOO_LONG, "reason is longer than " + LONGEST_NOTE + " characters");
        }
        return note;
    }

    /** A retried letter that died again is filed anew, with the same event on the same queue, after the retry. */
    private static boolean diedAgain(FiledLetter letter, List<FiledLetter> letters) {
        Resolution how = letter.resolution();
        UndeliveredMessage message = letter.kept().message();
        return how != null && how.kind() == Resolution.Kind.RETRIED && message.eventId() != null
                && letters.stream().anyMatch(other -> other.id() != letter.id()
                        && message.eventId().equals(other.kept().message().eventId())
                        && Objects.equals(message.originalQueue(), other.kept().message().originalQueue())
                        && !other.kept().keptAt().isBefore(how.at()));
    }

    private static FailedMessage view(FiledLetter letter, boolean diedAgain) {
        UndeliveredMessage m = letter.kept().message();
        Resolution how = letter.resolution();
        return new FailedMessage(letter.id(), m.fate().name(), m.originalQueue(), m.type(), m.orderId(), m.eventId(),
                letter.kept().keptAt(), m.deliveries() == null ? 0 : m.deliveries(), letter.kept().handledBy(),
                ContactMask.text(m.body()), how == null ? null : how.kind().name(), how == null ? null : how.at(),
                how == null ? null : how.staffName(), how == null ? null : how.note(), diedAgain);
    }
}
