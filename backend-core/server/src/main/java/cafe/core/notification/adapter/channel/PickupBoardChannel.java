package cafe.core.notification.adapter.channel;

import cafe.core.notification.application.NotificationChannel;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a ready number at the pickup counter. The number itself reaches the displays with the
 * board (its BoardMoved, committed with the board's change); this channel is where the counter's
 * call is recorded, and where a voice caller or a pager would plug in. It reaches every customer.
 */
public class PickupBoardChannel implements NotificationChannel {

    public static final String NAME = "pickup-board";

    private static final Logger log = LoggerFactory.getLogger(PickupBoardChannel.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean reaches(Contact contact) {
        return true;
    }

    @Override
    public boolean immediate() {
        return true;
    }

    @Override
    public void push(Notification notification) {
        log.info("orderId={} number {} called at the pickup counter", notification.orderId(),
                notification.orderNumber());
    }
}
