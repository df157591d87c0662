package cafe.kiosk.flow;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.Subscription;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuPicture;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.order.Cart;
import cafe.kiosk.pay.Checkout;
import cafe.kiosk.pay.PaidOrder;
import cafe.terminal.i18n.Texts;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's screens and what they share: one view model per screen, the navigator between them,
 * the customer's cart, language and accessible mode, and the link to the store (the menu follows it
 * live and loads again after every reconnect). It moves the customer from screen to screen and
 * starts over for the next one. Everything runs on the UI thread; answers arrive through the UI executor.
 */
public final class KioskViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);
    private static final Duration DONE_SCREEN = Duration.ofSeconds(30);
    private static final Duration CONTACT_STEP = Duration.ofSeconds(25);

    private final Navigator navigator = new Navigator();
    private final ObjectProperty<Texts> texts;
    private final ObservableValue<String> windowTitle;
    private final BooleanProperty accessible = new SimpleBooleanProperty();
    private final ObjectProperty<OrderType> orderType = new SimpleObjectProperty<>(OrderType.DINE_IN);
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final Cart cart = new Cart();
    private final Notices notices = new Notices(cart);
    private final CafeConnection connection;
    private final KioskClient kiosk;
    private final Executor ui;
    private final Texts startingTexts;
    private final MenuFeed menu;
    private final Checkout checkout;
    private final IdleWatch idle;
    private final BooleanBinding orderingOpen;
    private final StartViewModel start;
    private final MenuViewModel menuScreen;
    private final ItemViewModel item;
    private final CartViewModel cartScreen;
    private final PaymentViewModel payment;
    private final ContactViewModel contact;
    private final DoneViewModel done;
    private final FrameViewModel frame;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    public KioskViewModel(CafeConnection connection, String kioskId, Texts startingTexts, TerminalClock clock, Executor ui) {
        this.connection = connection;
        this.kiosk = connection.kiosk();
        this.ui = ui;
        this.startingTexts = startingTexts;
        this.texts = new SimpleObjectProperty<>(startingTexts);
        this.windowTitle = texts.map(shown -> shown.get("app.title") + " · " + kioskId);
        this.menu = new MenuFeed(kiosk, clock, ui, this::menuChanged);
        this.orderingOpen = Bindings.createBooleanBinding(
                () -> connectionState.get() == ConnectionState.CONNECTED && menu.current() != null,
                connectionState, menu.menuProperty());
        this.checkout = new Checkout(kiosk, ui, clock, kioskId, this::paid, this::reviewCart);
        this.idle = new IdleWatch(clock, this::reset);
        accessible.subscribe(idle::setDoubled);
        this.start = new StartViewModel(orderingOpen, this::begin);
        this.item = new ItemViewModel(menu, cart, texts, notices);
        this.menuScreen = new MenuViewModel(menu, cart, texts, notices, this::openItem, this::showCart, this::startOver);
        this.cartScreen = new CartViewModel(cart, orderType, texts, notices, orderingOpen, kiosk, clock, ui,
                this::backToMenu, this::pay);
        this.payment = new PaymentViewModel(checkout, cart, texts, this::leavePayment);
        this.contact = new ContactViewModel(texts, kiosk, clock, ui, this::showNumber);
        this.done = new DoneViewModel(texts, clock, this::startOver);
        this.frame = new FrameViewModel(texts, accessible, navigator, idle, connectionState, orderingOpen,
                checkout.stageProperty(), this::customerHere);
        accessible.subscribe(this::easyModeSwitched);
    }

    /** Starts following the store: the link's state, menu changes and order events. */
    public void open() {
        subscriptions.add(connection.onStateChange(state -> ui.execute(() -> connectionChanged(state))));
        subscriptions.add(kiosk.onMenuChanged(changed -> ui.execute(() -> menu.arrived(changed))));
        subscriptions.add(kiosk.onOrderUpdate(update -> ui.execute(() -> checkout.onOrderUpdate(update))));
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    // Properties

    /** The bytes of a picture a manager added, from the store. */
    public CompletableFuture<byte[]> addedPicture(String image) {
        return kiosk.picture(image).thenApply(MenuPicture::bytes);
    }

    public Navigator navigator() {
        return navigator;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return navigator.screenProperty();
    }

    public ObjectProperty<Texts> textsProperty() {
        return texts;
    }

    public Texts texts() {
        return texts.get();
    }

    /** "Self-order kiosk · kiosk-1", in the customer's language. */
    public ObservableValue<String> windowTitle() {
        return windowTitle;
    }

    public BooleanProperty accessibleProperty() {
        return accessible;
    }

    /** Connected and the menu is here: the customer may order. */
    public BooleanBinding orderingOpen() {
        return orderingOpen;
    }

    public StartViewModel startScreen() {
        return start;
    }

    public MenuViewModel menuScreen() {
        return menuScreen;
    }

    public ItemViewModel itemDialog() {
        return item;
    }

    public CartViewModel cartScreen() {
        return cartScreen;
    }

    public PaymentViewModel paymentScreen() {
        return payment;
    }

    public ContactViewModel contactScreen() {
        return contact;
    }

    public DoneViewModel doneScreen() {
        return done;
    }

    public FrameViewModel frame() {
        return frame;
    }

    /** The customer's cart. */
    public Cart cart() {
        return cart;
    }

    public Checkout checkout() {
        return checkout;
    }

    // Commands

    /** Once a second: the idle time-out, the thank-you countdown, retries and refreshes. */
    public void tick() {
        if (navigator.isOn(Screen.START) && leftChosen()) {
            idle.tickQuietly();
        } else {
            tickIdle();
        }
        checkout.tick();
        if (navigator.isOn(Screen.CONTACT)) {
            contact.tick();
        }
        if (navigator.isOn(Screen.DONE)) {
            done.tick();
        }
        menu.tick();
        cartScreen.tick(navigator.isOn(Screen.CART));
    }

    /**
     * Nobody is timed out on the start, contact or thank-you screen (each has its own countdown),
     * while paying, or while the store is away.
     */
    private void tickIdle() {
        idle.tick(!navigator.isOn(Screen.START) && !navigator.isOn(Screen.CONTACT) && !navigator.isOn(Screen.DONE)
                && !checkout.busy()
                && orderingOpen.get(), sentToStaff() ? IdleWatch.STAFF_CALLED : IdleWatch.IDLE);
    }

    /** A language or easy mode chosen on the start screen, which the next customer should not find. */
    private boolean leftChosen() {
        return accessible.get() || texts.get().language() != startingTexts.language();
    }

    /** A touch or a key: on the contact step, the customer gets the whole countdown again. */
    private void customerHere() {
        if (navigator.isOn(Screen.CONTACT)) {
            contact.stillHere();
        }
    }

    /** The payment failed and the screen shows the order's number for staff, who the customer went to fetch. */
    private boolean sentToStaff() {
        return navigator.isOn(Screen.PAYMENT) && checkout.failedOrderNumberProperty().get() != 0;
    }

    private void begin(OrderType type) {
        orderType.set(type);
        navigator.show(Screen.MENU);
    }

    private void openItem(MenuItem chosen) {
        if (orderingOpen.get() && chosen.available()) {
            notices.itemSoldOut(false);
            item.open(menu.current(), chosen);
        }
    }

    private void showCart() {
        if (!cart.isEmpty()) {
            notices.itemSoldOut(false);
            navigator.show(Screen.CART);
            cartScreen.shown();
        }
    }

    private void backToMenu() {
        notices.refused(null);
        navigator.show(Screen.MENU);
    }

    private void pay() {
        if (orderingOpen.get() && cart.payable().get()) {
            cart.acceptPriceChanges();
            notices.clear();
            checkout.begin(cart, orderType.get());
            navigator.show(Screen.PAYMENT);
        }
    }

    /** Back from the card terminal to the cart (not while the store is working on a payment). */
    private void leavePayment() {
        if (checkout.cancel()) {
            navigator.show(Screen.CART);
            recheckCart();
        }
    }

    /** The customer starts over (or taps the thank-you screen): back to the start for the next one. */
    private void startOver() {
        boolean fresh = navigator.isOn(Screen.START) && cart.isEmpty();
        if (!checkout.busy() && !fresh) {
            reset();
        }
    }

    /**
     * On every CONNECTED the menu is read again (also when only a feed opened late); what was in
     * flight is asked again only after a real reconnect, since a command still awaiting its answer
     * must not go twice.
     */
    private void connectionChanged(ConnectionState state) {
        boolean back = state == ConnectionState.CONNECTED && connectionState.get() != ConnectionState.CONNECTED;
        connectionState.set(state);
        if (state == ConnectionState.CONNECTED) {
            menu.load();
        }
        if (back) {
            checkout.reconnected();
        }
    }

    private void menuChanged(Menu changed) {
        item.menuChanged(changed);
        // while paying, the cart stays as the customer saw it; the server checks the price itself
        if (!navigator.isOn(Screen.PAYMENT)) {
            recheckCart();
        }
    }

    /** Paid: first the optional contact step, then the number. */
    private void paid(PaidOrder order) {
        cart.clear();
        contact.show(order, forThisCustomer(CONTACT_STEP));
        navigator.show(Screen.CONTACT);
    }

    private void showNumber(PaidOrder order) {
        done.show(order, forThisCustomer(DONE_SCREEN));
        navigator.show(Screen.DONE);
    }

    /** Easy mode doubles every time a customer is given, from the moment it is switched on. */
    private Duration forThisCustomer(Duration standard) {
        return accessible.get() ? standard.multipliedBy(2) : standard;
    }

    /** Switched on while the contact step or the number shows: its countdown starts over at easy mode's length. */
    private void easyModeSwitched(boolean on) {
        if (on && navigator.isOn(Screen.CONTACT)) {
            contact.countDownFrom(forThisCustomer(CONTACT_STEP));
        } else if (on && navigator.isOn(Screen.DONE)) {
            done.countDownFrom(forThisCustomer(DONE_SCREEN));
        }
    }

    /** The server refused the cart: back to it, with the lines it named marked. */
    private void reviewCart(ErrorCode code) {
        notices.refused(code);
        navigator.show(Screen.CART);
    }

    private void recheckCart() {
        if (menu.current() != null) {
            cart.reviewAgainst(menu.current());
        }
    }

    /** Back to a fresh start screen for the next customer. */
    private void reset() {
        LOG.info("Kiosk reset for the next customer (was on {})", navigator.screen());
        checkout.cancel();
        cartScreen.reset();
        cart.clear();
        item.close();
        notices.clear();
        contact.reset();
        done.reset();
        orderType.set(OrderType.DINE_IN);
        accessible.set(false);
        texts.set(startingTexts);
        menu.chooseFirst();
        navigator.show(Screen.START);
    }
}
