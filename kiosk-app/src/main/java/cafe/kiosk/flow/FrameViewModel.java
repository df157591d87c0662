package cafe.kiosk.flow;

import cafe.client.ConnectionState;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.pay.PaymentStage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What every screen shares: the step in the header, language and accessible mode, the link's badge,
 * the "are you still there?" countdown and the "store unreachable" overlay.
 */
public final class FrameViewModel {

    private final ObjectProperty<Texts> texts;
    private final BooleanProperty accessible;
    private final IdleWatch idle;
    private final Runnable customerHere;
    private final StringBinding step;
    private final StringBinding accessibleButton;
    private final StringBinding idleCountdown;
    private final StringBinding offlineTitle;
    private final StringBinding connectionBadge;
    private final ObservableBooleanValue online;
    private final BooleanBinding offline;
    private final BooleanBinding idleWarning;

    /** @param customerHere told of every touch and key too (the contact step's countdown starts over) */
    FrameViewModel(ObjectProperty<Texts> texts, BooleanProperty accessible, Navigator navigator, IdleWatch idle,
                   ReadOnlyObjectProperty<ConnectionState> connection, ObservableBooleanValue orderingOpen,
                   ReadOnlyObjectProperty<PaymentStage> paymentStage, Runnable customerHere) {
        this.texts = texts;
        this.accessible = accessible;
        this.idle = idle;
        this.customerHere = customerHere;
        this.online = orderingOpen;
        step = Bindings.createStringBinding(() -> texts.get().get("step." + navigator.screen().name().toLowerCase()),
                navigator.screenProperty(), texts);
        accessibleButton = Bindings.createStringBinding(() -> texts.get().get(accessible.get()
                ? "utility.accessible.off" : "utility.accessible.on"), accessible, texts);
        idleCountdown = Bindings.createStringBinding(() -> texts.get().get("idle.countdown",
                idle.secondsLeftProperty().get()), idle.secondsLeftProperty(), texts);
        offlineTitle = Bindings.createStringBinding(() -> texts.get().get(switch (connection.get()) {
            case CONNECTED -> "offline.menu";
            case CONNECTING -> "offline.connecting";
            default -> "offline.lost";
        }), connection, texts);
        connectionBadge = Bindings.createStringBinding(() -> texts.get().get(orderingOpen.get()
                ? "utility.online" : "utility.offline"), orderingOpen, texts);
        // ordering pauses while the store is away, but a customer who is paying or has paid keeps their
        // screen: it says itself that it is waiting for the store, and the order number stays in sight
        offline = Bindings.createBooleanBinding(() -> !orderingOpen.get() && !navigator.isOn(Screen.DONE)
                && !navigator.isOn(Screen.CONTACT)
                && !(navigator.isOn(Screen.PAYMENT) && paymentStage.get() != PaymentStage.PRESENT_CARD),
                orderingOpen, navigator.screenProperty(), paymentStage);
        idleWarning = idle.warningProperty().and(offline.not());
    }

    // Properties

    /** The step the customer is at ("Choose from the menu"). */
    public StringBinding step() {
        return step;
    }

    public ObservableBooleanValue accessible() {
        return accessible;
    }

    public StringBinding accessibleButton() {
        return accessibleButton;
    }

    /** The store is reachable and the menu is here. */
    public ObservableBooleanValue online() {
        return online;
    }

    public StringBinding connectionBadge() {
        return connectionBadge;
    }

    /** The "store unreachable" overlay covers the screen. */
    public BooleanBinding offline() {
        return offline;
    }

    public StringBinding offlineTitle() {
        return offlineTitle;
    }

    /** The "are you still there?" overlay covers the screen. */
    public BooleanBinding idleWarning() {
        return idleWarning;
    }

    public StringBinding idleCountdown() {
        return idleCountdown;
    }

    // Commands

    public void toggleLanguage() {
        texts.set(texts.get().otherLanguage());
    }

    public void toggleAccessible() {
        accessible.set(!accessible.get());
    }

    /** Any touch or key, and the idle overlay's "keep ordering": the customer is here. */
    public void touched() {
        idle.touched();
        customerHere.run();
    }
}
