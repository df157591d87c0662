package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import java.util.ArrayList;
import java.util.List;

/** A channel that keeps what it pushed, and can be made to fail. */
class RecordingChannel implements NotificationChannel {

    private final String name;
    private final Contact.Kind reaches;
    private final List<Notification> pushed = new ArrayList<>();
    private boolean failing;

    RecordingChannel(String name, Contact.Kind reaches) {
        this.name = name;
        this.reaches = reaches;
    }

    /** A channel that reaches everyone, like the pickup board. */
    static RecordingChannel board() {
        return new RecordingChannel("pickup-board", null);
    }

    void fail(boolean nowFailing) {
        this.failing = nowFailing;
    }

    List<Integer> pushedNumbers() {
        return pushed.stream().map(Notification::orderNumber).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean reaches(Contact contact) {
        return reaches == null || contact != null && contact.kind() == reaches;
    }

    @Override
    public void push(Notification notification) {
        if (failing) {
            throw new IllegalStateException("provider down");
        }
        pushed.add(notification);
    }
}
