package cafe.kiosk.screen;

import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.order.ItemChoice;
import cafe.terminal.i18n.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The item dialog: options by group with their prices, quantity, "goes well with", add to cart. */
final class ItemView implements ScreenView {

    @FXML private HBox picture;
    @FXML private Label name;
    @FXML private Label description;
    @FXML private VBox groups;
    @FXML private Node suggestionsBox;
    @FXML private HBox suggestions;
    @FXML private Label quantity;
    @FXML private Button addButton;

    private final KioskViewModel viewModel;
    private final ItemChoice choice;
    private final Watches watches = new Watches();
    private final Map<ToggleButton, BooleanSupplier> optionButtons = new LinkedHashMap<>();

    ItemView(KioskViewModel viewModel) {
        this.viewModel = viewModel;
        this.choice = viewModel.itemProperty().get();
    }

    @FXML
    private void initialize() {
        Texts texts = viewModel.texts();
        MenuItem item = choice.item();
        picture.getChildren().add(Pictures.of(item, 8));
        name.setText(texts.of(item.name()));
        description.setText(texts.of(item.description()));
        drawGroups();
        watches.watch(() -> {
            optionButtons.forEach((button, picked) -> button.setSelected(picked.getAsBoolean()));
            quantity.setText(String.valueOf(choice.quantityProperty().get()));
            addButton.setText(texts.get("item.add", texts.won(choice.linePriceWonProperty().get())));
            addButton.setDisable(!choice.completeProperty().get());
        }, choice.revisionProperty());
        watches.watch(() -> Focus.keep(suggestions, this::drawSuggestions), viewModel.cart().lines());
    }

    private void drawGroups() {
        Texts texts = viewModel.texts();
        for (OptionGroup group : choice.groups()) {
            Label title = new Label(texts.of(group.name()) + "  ·  " + limits(group, texts));
            title.getStyleClass().add("group-title");
            FlowPane options = new FlowPane();
            options.getStyleClass().add("option-row");
            group.options().forEach(option -> options.getChildren().add(optionButton(group, option, texts)));
            groups.getChildren().addAll(title, options);
        }
    }

    private ToggleButton optionButton(OptionGroup group, MenuOption option, Texts texts) {
        String delta = texts.wonDelta(option.priceDeltaWon());
        ToggleButton button = new ToggleButton(texts.of(option.name()) + (delta.isEmpty() ? "" : "\n" + delta));
        button.setId("option-" + option.id());
        button.getStyleClass().add("option-button");
        optionButtons.put(button, () -> choice.isPicked(group, option));
        button.setOnAction(event -> {
            choice.toggle(group, option);
            button.setSelected(choice.isPicked(group, option));
        });
        return button;
    }

    private static String limits(OptionGroup group, Texts texts) {
        if (group.minChoices() == 1 && group.maxChoices() == 1) {
            return texts.get("item.group.one");
        }
        return group.minChoices() == 0 ? texts.get("item.group.upto", group.maxChoices())
                : texts.get("item.group.range", group.minChoices(), group.maxChoices());
    }

    private void drawSuggestions() {
        Texts texts = viewModel.texts();
        suggestions.getChildren().clear();
        for (MenuItem suggested : viewModel.suggestions()) {
            VBox content = new VBox(Pictures.of(suggested, 3.2), new Label(texts.of(suggested.name())),
                    new Label("+ " + texts.won(suggested.basePriceWon())));
            content.getStyleClass().add("suggestion-content");
            Button add = new Button(null, content);
            add.setId("suggest-" + suggested.id());
            add.getStyleClass().add("suggestion-button");
            long inCart = viewModel.cart().lines().stream().filter(l -> l.itemId().equals(suggested.id())).count();
            if (inCart > 0) {
                add.getStyleClass().add("added");
            }
            add.setOnAction(event -> viewModel.addSuggestion(suggested));
            suggestions.getChildren().add(add);
        }
        FrameView.showWhen(suggestionsBox, !suggestions.getChildren().isEmpty());
    }

    @FXML
    private void less() {
        choice.changeQuantity(-1);
    }

    @FXML
    private void more() {
        choice.changeQuantity(1);
    }

    @FXML
    private void add() {
        viewModel.addItem();
    }

    @FXML
    private void cancel() {
        viewModel.closeItem();
    }

    @Override
    public void dispose() {
        watches.removeAll();
    }
}
