package cafe.kiosk.flow;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.Subscription;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.order.OrderType;
import cafe.contract.order.WaitEstimate;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.order.Cart;
import cafe.kiosk.order.ItemChoice;
import cafe.kiosk.pay.Checkout;
import cafe.kiosk.pay.PaidOrder;
import cafe.terminal.i18n.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's whole state, screen by screen: the menu as the server has it now, the cart, the item
 * being chosen, paying, the thank-you screen, the language and accessible mode, and the link to the
 * store. It follows menu changes live and loads everything again after every reconnect. All state
 * lives on the UI thread; server answers come back through the UI executor.
 */
public final class KioskViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);
    private static final Duration DONE_SCREEN = Duration.ofSeconds(30);
    private static final Duration WAIT_REFRESH = Duration.ofSeconds(20);

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.START);
    private final ObjectProperty<Texts> texts;
    private final BooleanProperty accessible = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<ItemChoice> item = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<OrderType> orderType = new SimpleObjectProperty<>(OrderType.DINE_IN);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<WaitEstimate> waitEstimate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PaidOrder> paidOrder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper doneSecondsLeft = new ReadOnlyIntegerWrapper();
    private final BooleanBinding orderingOpen;

    private final Cart cart = new Cart();
    private final MenuFeed menu;
    private final Checkout checkout;
    private final IdleWatch idle;
    private final CafeConnection connection;
    private final KioskClient kiosk;
    private final Clock clock;
    private final Executor ui;
    private final Texts startingTexts;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private Instant doneUntil = Instant.MAX;
    private Instant waitRefreshAt = Instant.MAX;

    public KioskViewModel(CafeConnection connection, String kioskId, Texts startingTexts, Clock clock, Executor ui) {
        this.connection = connection;
        this.kiosk = connection.kiosk();
        this.clock = clock;
        this.ui = ui;
        this.startingTexts = startingTexts;
        this.texts = new SimpleObjectProperty<>(startingTexts);
        this.menu = new MenuFeed(kiosk, clock, ui, this::menuChanged);
        this.orderingOpen = Bindings.createBooleanBinding(
                () -> connectionState.get() == ConnectionState.CONNECTED && menu.current() != null,
                connectionState, menu.menuProperty());
        this.checkout = new Checkout(kiosk, ui, clock, kioskId, this::paid, this::reviewCart);
        this.idle = new IdleWatch(clock, this::reset);
        accessible.addListener((obs, was, now) -> idle.setDoubled(now));
        cart.lines().addListener((javafx.collections.ListChangeListener<cafe.kiosk.order.CartEntry>) change -> {
            if (cart.isEmpty() && screen.get() == Screen.CART) {
                screen.set(Screen.MENU);
            }
        });
    }

    /** Starts following the store: connection state, menu changes and order events. */
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

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ObjectProperty<Texts> textsProperty() {
        return texts;
    }

    public Texts texts() {
        return texts.get();
    }

    public BooleanProperty accessibleProperty() {
        return accessible;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    /** Connected and the menu is here: the customer may order. */
    public BooleanBinding orderingOpen() {
        return orderingOpen;
    }

    public ReadOnlyObjectProperty<Menu> menuProperty() {
        return menu.menuProperty();
    }

    public ReadOnlyStringProperty categoryProperty() {
        return menu.categoryProperty();
    }

    /** The item dialog's choice, or null while it is closed. */
    public ReadOnlyObjectProperty<ItemChoice> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ObjectProperty<OrderType> orderTypeProperty() {
        return orderType;
    }

    /** A text key for the banner on the cart or menu ("the menu changed..."), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WaitEstimate> waitEstimateProperty() {
        return waitEstimate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PaidOrder> paidOrderProperty() {
        return paidOrder.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneSecondsLeftProperty() {
        return doneSecondsLeft.getReadOnlyProperty();
    }

    public Cart cart() {
        return cart;
    }

    public Checkout checkout() {
        return checkout;
    }

    public IdleWatch idle() {
        return idle;
    }

    public List<MenuCategory> categories() {
        return menu.categories();
    }

    public List<MenuItem> itemsShown() {
        return menu.itemsShown();
    }

    /** The available items the open item suggests alongside it ("goes well with"). */
    public List<MenuItem> suggestions() {
        ItemChoice choice = item.get();
        return choice == null ? List.of() : menu.suggestionsFor(choice.item());
    }

    // Commands

    public void begin(OrderType type) {
        if (orderingOpen.get()) {
            orderType.set(type);
            screen.set(Screen.MENU);
        }
    }

    public void chooseCategory(String categoryId) {
        menu.choose(categoryId);
    }

    public void openItem(MenuItem chosen) {
        if (orderingOpen.get() && chosen.available()) {
            clearNotice("notice.item.soldout");
            item.set(new ItemChoice(menu.current(), chosen));
        }
    }

    public void closeItem() {
        item.set(null);
    }

    /** Puts the open item into the cart. */
    public void addItem() {
        ItemChoice choice = item.get();
        if (choice != null && choice.completeProperty().get()) {
            cart.add(choice.toEntry());
            item.set(null);
            recheckCart();
        }
    }

    /** Adds a suggested item with its usual options. */
    public void addSuggestion(MenuItem suggested) {
        Menu current = menu.current();
        if (current != null && current.item(suggested.id()).map(MenuItem::available).orElse(false)) {
            cart.add(new ItemChoice(current, current.item(suggested.id()).orElseThrow()).toEntry());
        }
    }

    public void showCart() {
        if (!cart.isEmpty()) {
            clearNotice("notice.item.soldout");
            screen.set(Screen.CART);
            refreshWaitEstimate();
        }
    }

    public void backToMenu() {
        notice.set(null);
        screen.set(Screen.MENU);
    }

    public void pay() {
        if (orderingOpen.get() && cart.payable().get()) {
            cart.acceptPriceChanges();
            notice.set(null);
            checkout.begin(cart, orderType.get());
            screen.set(Screen.PAYMENT);
        }
    }

    /** Back from the card terminal to the cart (not while the store is working on a payment). */
    public void leavePayment() {
        if (checkout.cancel()) {
            screen.set(Screen.CART);
            recheckCart();
        }
    }

    /** The customer starts over (or taps the thank-you screen): back to the start for the next one. */
    public void startOver() {
        boolean fresh = screen.get() == Screen.START && cart.isEmpty();
        if (!checkout.busy() && !fresh) {
            reset();
        }
    }

    public void toggleLanguage() {
        texts.set(texts.get().otherLanguage());
    }

    public void toggleAccessible() {
        accessible.set(!accessible.get());
    }

    public void touched() {
        idle.touched();
    }

    /** Once a second: idle time-out, the thank-you countdown, retries and refreshes. */
    public void tick() {
        Instant now = clock.instant();
        // nobody is timed out on the start or thank-you screen, while paying, or while the store is away
        idle.tick(screen.get() != Screen.START && screen.get() != Screen.DONE && !checkout.busy()
                && orderingOpen.get());
        checkout.tick();
        if (screen.get() == Screen.DONE) {
            doneSecondsLeft.set((int) Math.max(0, Duration.between(now, doneUntil).toSeconds()));
            if (!now.isBefore(doneUntil)) {
                reset();
            }
        }
        menu.tick();
        if (screen.get() == Screen.CART && !now.isBefore(waitRefreshAt)) {
            refreshWaitEstimate();
        }
    }

    // Reactions

    private void connectionChanged(ConnectionState state) {
        connectionState.set(state);
        if (state == ConnectionState.CONNECTED) {
            menu.load();
            checkout.reconnected();
        }
    }

    private void menuChanged(Menu changed) {
        ItemChoice open = item.get();
        if (open != null && changed.item(open.item().id()).map(i -> !i.available()).orElse(true)) {
            item.set(null);
            notice.set("notice.item.soldout");
        }
        // while paying, the cart stays as the customer saw it; the server checks the price itself
        if (screen.get() != Screen.PAYMENT) {
            recheckCart();
        }
    }

    private void refreshWaitEstimate() {
        waitRefreshAt = clock.instant().plus(WAIT_REFRESH);
        kiosk.waitEstimate().whenCompleteAsync((estimate, failure) -> {
            waitEstimate.set(failure == null ? estimate : null);
        }, ui);
    }

    private void paid(PaidOrder order) {
        paidOrder.set(order);
        cart.clear();
        Duration shown = accessible.get() ? DONE_SCREEN.multipliedBy(2) : DONE_SCREEN;
        doneUntil = clock.instant().plus(shown);
        doneSecondsLeft.set((int) shown.toSeconds());
        screen.set(Screen.DONE);
    }

    /** The server refused the cart: back to it, with the lines it named marked. */
    private void reviewCart(ErrorCode code) {
        notice.set(switch (code) {
            case MENU_CHANGED -> "notice.cart.review";
            case ITEM_SOLD_OUT -> "notice.cart.soldout";
            default -> "notice.cart.unavailable";
        });
        screen.set(Screen.CART);
    }

    /** Checks the cart against the menu as it is now, and says so if a line moved. */
    private void recheckCart() {
        if (menu.current() != null && cart.reviewAgainst(menu.current())) {
            notice.set("notice.cart.changed");
        }
    }

    private void clearNotice(String key) {
        if (key.equals(notice.get())) {
            notice.set(null);
        }
    }

    /** Back to a fresh start screen for the next customer. */
    private void reset() {
        LOG.info("Kiosk reset for the next customer (was on {})", screen.get());
        checkout.cancel();
        waitEstimate.set(null);
        cart.clear();
        item.set(null);
        notice.set(null);
        paidOrder.set(null);
        doneUntil = Instant.MAX;
        orderType.set(OrderType.DINE_IN);
        accessible.set(false);
        texts.set(startingTexts);
        menu.chooseFirst();
        screen.set(Screen.START);
    }
}
