package cafe.kiosk.flow;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.order.OrderLimits;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.order.Cart;
import cafe.kiosk.order.CartEntry;
import cafe.kiosk.order.CartRoom;
import cafe.kiosk.order.ItemChoice;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The item dialog over the menu: option groups with their limits and prices, the picture as the
 * options make it, quantity, "goes well with", and the line's price on the add button.
 */
public final class ItemViewModel {

    /** One option group: its title with its limits ("Size · choose 1") and its options. */
    public record Group(String title, List<Option> options) {
    }

    /** One option button: its name, with its price change on a second line when it has one. */
    public record Option(OptionGroup group, MenuOption option, String label) {
    }

    /** An item offered alongside, added with one tap; {@code added} once one is in the cart. */
    public record Suggestion(MenuItem item, String name, String price, String picture, boolean added) {
    }

    private final ReadOnlyObjectWrapper<ItemChoice> choice = new ReadOnlyObjectWrapper<>();
    private final MenuFeed menu;
    private final Cart cart;
    private final Notices notices;
    private final BooleanBinding open = choice.isNotNull();
    private final StringBinding name;
    private final StringBinding description;
    private final ObservableValue<String> picture;
    private final ObjectBinding<List<Group>> groups;
    private final ObservableValue<String> quantity;
    private final StringBinding addText;
    private final StringBinding quantitySaid;
    private final ObservableValue<Boolean> canAdd;
    private final ObjectBinding<CartRoom> room;
    private final StringBinding limit;
    /** The suggestion tapped last that did not go into the cart, until the dialog closes: said in the language shown. */
    private final ObjectProperty<Refused> suggestionRefused = new SimpleObjectProperty<>();
    private final ObservableValue<Texts> texts;
    private final ObjectBinding<List<Suggestion>> suggestions;

    ItemViewModel(MenuFeed menu, Cart cart, ObservableValue<Texts> texts, Notices notices) {
        this.menu = menu;
        this.cart = cart;
        this.notices = notices;
        this.texts = texts;
        name = Bindings.createStringBinding(() -> about(texts, true), choice, texts);
        description = Bindings.createStringBinding(() -> about(texts, false), choice, texts);
        picture = choice.flatMap(c -> c.revisionProperty().map(revision -> c.pictureResource()));
        groups = Bindings.createObjectBinding(() -> choice.get() == null ? List.of()
                : choice.get().groups().stream().map(g -> group(g, texts.getValue())).toList(), choice, texts);
        quantity = choice.flatMap(ItemChoice::quantityProperty).map(String::valueOf);
        ObservableValue<Number> linePrice = choice.flatMap(ItemChoice::linePriceWonProperty);
        addText = Bindings.createStringBinding(() -> linePrice.getValue() == null ? null
                : texts.getValue().get("item.add", texts.getValue().won(linePrice.getValue().longValue())), linePrice, texts);
        quantitySaid = Bindings.createStringBinding(() -> linePrice.getValue() == null ? "" : texts.getValue().get(
                "speech.quantity", quantity.getValue(), texts.getValue().won(linePrice.getValue().longValue())),
                linePrice, quantity, texts);
        ObservableValue<Number> chosenQuantity = choice.flatMap(ItemChoice::quantityProperty);
        ObservableValue<Number> revision = choice.flatMap(ItemChoice::revisionProperty);
        // the two are lazy: read, so that they tell of their next change too
        room = Bindings.createObjectBinding(() -> chosenQuantity.getValue() == null || revision.getValue() == null
                ? CartRoom.FITS : cart.roomFor(choice.get().toEntry()), choice, chosenQuantity, revision, cart.lines());
        limit = Bindings.createStringBinding(() -> room.get().fits() ? refusedText(texts.getValue())
                : limitText(texts.getValue(), room.get(), choice.get().toEntry()), room, suggestionRefused, texts);
        ObservableValue<Boolean> complete = choice.flatMap(ItemChoice::completeProperty).orElse(false);
        canAdd = Bindings.createBooleanBinding(() -> complete.getValue() && room.get().fits(), complete, room);
        suggestions = Bindings.createObjectBinding(() -> suggestionsNow(texts.getValue()), choice, menu.menuProperty(),
                cart.lines(), texts);
    }

    // Properties

    /** An item is being chosen: the dialog is open over the menu. */
    public BooleanBinding open() {
        return open;
    }

    public StringBinding name() {
        return name;
    }

    public StringBinding description() {
        return description;
    }

    /** The picture of the item as chosen (an iced drink in a glass). */
    public ObservableValue<String> picture() {
        return picture;
    }

    public ObjectBinding<List<Group>> groups() {
        return groups;
    }

    public ObservableValue<Boolean> picked(Option option) {
        return choice.flatMap(c -> c.revisionProperty().map(revision -> c.isPicked(option.group(), option.option())))
                .orElse(false);
    }

    public ObservableValue<String> quantity() {
        return quantity;
    }

    /** "Add to cart · 11,200원". */
    public StringBinding addText() {
        return addText;
    }

    /** "now 2, 11,200원": what the quantity's buttons say after their own name, for the spoken guide. */
    public StringBinding quantitySaid() {
        return quantitySaid;
    }

    /** Every group has at least its minimum picked, and the choice fits into the cart. */
    public ObservableValue<Boolean> canAdd() {
        return canAdd;
    }

    /** Why the choice does not fit into the cart ("at most 20 of one item..."), or null when it does. */
    public StringBinding limit() {
        return limit;
    }

    public ObjectBinding<List<Suggestion>> suggestions() {
        return suggestions;
    }

    // Commands

    void open(Menu current, MenuItem item) {
        suggestionRefused.set(null);
        choice.set(new ItemChoice(current, item));
    }

    public void toggle(Option option) {
        if (choice.get() != null) {
            choice.get().toggle(option.group(), option.option());
        }
    }

    public void less() {
        changeQuantity(-1);
    }

    public void more() {
        changeQuantity(1);
    }

    /** Puts the item as chosen into the cart and closes the dialog; one that does not fit stays, saying why. */
    public void add() {
        ItemChoice chosen = choice.get();
        if (chosen != null && chosen.completeProperty().get() && cart.add(chosen.toEntry()).fits()) {
            close();
        }
    }

    /** Adds a suggested item with its usual options; one that does not fit says why, as the dialog's choice does. */
    public void addSuggestion(MenuItem suggested) {
        Menu current = menu.current();
        current.item(suggested.id()).filter(MenuItem::available).ifPresent(item -> {
            CartEntry entry = new ItemChoice(current, item).toEntry();
            CartRoom room = cart.add(entry);
            suggestionRefused.set(room.fits() ? null : new Refused(room, entry));
        });
    }

    public void close() {
        suggestionRefused.set(null);
        choice.set(null);
    }

    /**
     * The menu changed while the customer was choosing: an item gone or sold out closes, and says so;
     * one whose price or options changed shows the new ones, with the picks it still has.
     */
    void menuChanged(Menu changed) {
        ItemChoice chosen = choice.get();
        if (chosen == null) {
            return;
        }
        changed.item(chosen.item().id()).filter(MenuItem::available).ifPresentOrElse(now -> {
            if (!chosen.matches(changed, now)) {
                choice.set(chosen.carriedTo(changed, now));
            }
        }, () -> {
            close();
            notices.itemSoldOut(true);
        });
    }

    private void changeQuantity(int delta) {
        if (choice.get() != null) {
            choice.get().changeQuantity(delta);
        }
    }

    /** A suggestion that did not fit, and why. */
    private record Refused(CartRoom room, CartEntry entry) {
    }

    private String refusedText(Texts texts) {
        Refused refused = suggestionRefused.get();
        return refused == null ? null : limitText(texts, refused.room(), refused.entry());
    }

    private String limitText(Texts texts, CartRoom room, CartEntry entry) {
        return switch (room) {
            case FITS -> null;
            case TOO_MANY_OF_ONE -> texts.get("item.limit.one", Cart.MAX_QUANTITY, cart.quantityOfSame(entry));
            case TOO_MANY_LINES -> texts.get("item.limit.lines", OrderLimits.MAX_LINES);
            case TOO_MUCH -> texts.get("item.limit.total", texts.won(OrderLimits.MAX_TOTAL_WON));
        };
    }

    private String about(ObservableValue<Texts> texts, boolean itsName) {
        ItemChoice chosen = choice.get();
        if (chosen == null) {
            return null;
        }
        return texts.getValue().of(itsName ? chosen.item().name() : chosen.item().description());
    }

    private static Group group(OptionGroup group, Texts texts) {
        String limits = group.minChoices() == 1 && group.maxChoices() == 1 ? texts.get("item.group.one")
                : group.minChoices() == 0 ? texts.get("item.group.upto", group.maxChoices())
                : texts.get("item.group.range", group.minChoices(), group.maxChoices());
        return new Group(texts.of(group.name()) + "  ·  " + limits, group.options().stream().map(option -> {
            String delta = texts.wonDelta(option.priceDeltaWon());
            return new Option(group, option, texts.of(option.name()) + (delta.isEmpty() ? "" : "\n" + delta));
        }).toList());
    }

    private List<Suggestion> suggestionsNow(Texts texts) {
        ItemChoice chosen = choice.get();
        if (chosen == null) {
            return List.of();
        }
        return menu.suggestionsFor(chosen.item()).stream()
                .map(item -> new Suggestion(item, texts.of(item.name()), "+ " + texts.won(item.basePriceWon()),
                        item.imageResource(), cart.lines().stream().anyMatch(l -> l.itemId().equals(item.id()))))
                .toList();
    }
}
