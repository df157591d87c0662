package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;
import java.util.ArrayList;
import java.util.List;

/** A channel that keeps what it pushed, counts its tries, and can be made to fail or to do something while it pushes. */
class RecordingChannel implements NotificationChannel {

    private final String name;
    private final Contact.Kind reaches;
    private final boolean immediate;
    private final List<Notification> pushed = new ArrayList<>();
    private boolean failing;
    private String failure = "provider down";
    private Runnable whilePushing = () -> { };
    private int tries;

    /** A channel that leaves the store, as a text or an e-mail. */
    RecordingChannel(String name, Contact.Kind reaches) {
        this(name, reaches, false);
    }

    private RecordingChannel(String name, Contact.Kind reaches, boolean immediate) {
        this.name = name;
        this.reaches = reaches;
        this.immediate = immediate;
    }

    /** A channel that reaches everyone at once, like the pickup board. */
    static RecordingChannel board() {
        return new RecordingChannel("pickup-board", null, true);
    }

    /** Runs {@code action} during each push, before it succeeds or fails. */
    void whilePushing(Runnable action) {
        this.whilePushing = action;
    }

    int tries() {
        return tries;
    }

    void fail(boolean nowFailing) {
        this.failing = nowFailing;
    }

    /** Fails each push, saying {@code why} as the provider would. */
    void failSaying(String why) {
        this.failing = true;
        this.failure = why;
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

    /** E-mail carries receipts too, as the store's mail channel does. */
    @Override
    public boolean carries(Purpose purpose) {
        return purpose == Purpose.READY || purpose == Purpose.RECEIPT && reaches == Contact.Kind.EMAIL;
    }

    @Override
    public boolean immediate() {
        return immediate;
    }

    @Override
    public void push(Notification notification) {
        tries++;
        whilePushing.run();
        if (failing) {
            throw new IllegalStateException(failure);
        }
        pushed.add(notification);
    }
}
