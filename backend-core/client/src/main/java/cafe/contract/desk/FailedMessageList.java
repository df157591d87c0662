package cafe.contract.desk;

import java.util.List;

/** The failed messages, those waiting for staff first, then newest first. */
public record FailedMessageList(List<FailedMessage> messages) {

    public FailedMessageList {
        messages = List.copyOf(messages);
    }
}
