package cafe.core.deadletter.domain;

import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kept letter as the office files it: its number and, once staff acted, their resolution. Only a
 * letter that waits for staff may be resolved, once; a retry needs the letter's body and its queue.
 */
public record FiledLetter(long id, KeptLetter kept, Resolution resolution) {

    public FiledLetter {
        Objects.requireNonNull(kept, "kept");
    }

    /**
     * The resolution this letter already has of that kind (the same request again), if any; a letter
     * settled otherwise (compensated, or resolved the other way) is refused with FAILED_MESSAGE_SETTLED.
     */
    public Optional<Resolution> alreadyResolved(Resolution.Kind kind) {
        if (kept.handledBy() != null) {
            throw settled("HANDLED", "a compensating step already made up for it: " + kept.handledBy());
        }
        if (resolution == null) {
            return Optional.empty();
        }
        if (resolution.kind() != kind) {
            throw settled(resolution.kind().name(), "it was already " + resolution.kind().name().toLowerCase()
                    + " by " + resolution.staffId());
        }
        return Optional.of(resolution);
    }

    /** Refuses a retry of a letter that cannot go back: its body was never kept, or its queue is unknown. */
    public void checkCanGoBack() {
        UndeliveredMessage message = kept.message();
        if (message.body() == null || message.originalAddress() == null || message.originalQueue() == null) {
            throw new Rejection(ErrorCode.FAILED_MESSAGE_NOT_RETRYABLE, "failed message " + id
                    + " cannot be sent again: its body was not kept (it may carry a card token) or its queue"
                    + " is unknown; discard it");
        }
    }

    public FiledLetter resolved(Resolution how) {
        return new FiledLetter(id, kept, how);
    }

    private Rejection settled(String how, String why) {
        return new Rejection(ErrorCode.FAILED_MESSAGE_SETTLED, "failed message " + id + " is settled: " + why,
                Map.of("resolution", how));
    }
}
