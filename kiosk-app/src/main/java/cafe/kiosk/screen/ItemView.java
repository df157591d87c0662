package cafe.kiosk.screen;

import cafe.kiosk.flow.ItemViewModel;
import cafe.kiosk.flow.ItemViewModel.Group;
import cafe.kiosk.flow.ItemViewModel.Option;
import cafe.kiosk.flow.ItemViewModel.Suggestion;
import cafe.terminal.i18n.Texts;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The item dialog: options by group, the picture as chosen, quantity, "goes well with", add to cart. */
final class ItemView implements ScreenView {

    @FXML private Picture picture;
    @FXML private Label name;
    @FXML private Label description;
    @FXML private VBox groups;
    @FXML private Node suggestionsBox;
    @FXML private HBox suggestions;
    @FXML private Label quantity;
    @FXML private Button lessButton;
    @FXML private Button moreButton;
    @FXML private Button addButton;
    @FXML private Label limit;

    private final ItemViewModel viewModel;
    private final Texts texts;
    private Subscription redraws = Subscription.EMPTY;
    private Subscription picks = Subscription.EMPTY;

    ItemView(ItemViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        picture.resourceProperty().bind(viewModel.picture());
        name.textProperty().bind(viewModel.name());
        description.textProperty().bind(viewModel.description());
        quantity.textProperty().bind(viewModel.quantity());
        // "One more, now 2, 11,200원": said again whenever it changes under the focus
        lessButton.accessibleTextProperty().bind(viewModel.quantitySaid().map(said -> texts.get("speech.fewer") + ", " + said));
        moreButton.accessibleTextProperty().bind(viewModel.quantitySaid().map(said -> texts.get("speech.more") + ", " + said));
        addButton.textProperty().bind(viewModel.addText());
        addButton.disableProperty().bind(viewModel.canAdd().map(can -> !can));
        Banner.show(limit, viewModel.limit());
        Banner.showWhen(suggestionsBox, viewModel.suggestions().map(offered -> !offered.isEmpty()));
        redraws = Subscription.combine(
                viewModel.groups().subscribe(shown -> Focus.keep(groups, () -> drawGroups(shown))),
                viewModel.suggestions().subscribe(offered -> Focus.keep(suggestions, () -> drawSuggestions(offered))));
    }

    private void drawGroups(List<Group> shown) {
        picks.unsubscribe();
        picks = Subscription.EMPTY;
        groups.getChildren().clear();
        for (Group group : shown) {
            Label title = new Label(group.title());
            title.getStyleClass().add("group-title");
            FlowPane options = new FlowPane();
            options.getStyleClass().add("option-row");
            group.options().forEach(option -> options.getChildren().add(optionButton(option)));
            groups.getChildren().addAll(title, options);
        }
    }

    private ToggleButton optionButton(Option option) {
        ToggleButton button = new ToggleButton(option.label());
        button.setId("option-" + option.option().id());
        button.getStyleClass().add("option-button");
        // the choice decides what is picked (a one-of group cannot be emptied): the button shows it
        // again after the press has flipped it
        ObservableValue<Boolean> picked = viewModel.picked(option);
        picks = picks.and(picked.subscribe(button::setSelected));
        button.setOnAction(event -> {
            viewModel.toggle(option);
            button.setSelected(picked.getValue());
        });
        return button;
    }

    private void drawSuggestions(List<Suggestion> offered) {
        suggestions.getChildren().setAll(offered.stream().map(this::suggestion).toList());
    }

    private Node suggestion(Suggestion suggestion) {
        SuggestionView view = new SuggestionView(suggestion);
        Button button = Layouts.load("Suggestion.fxml", view, texts);
        button.setId("suggest-" + suggestion.item().id());
        button.setAccessibleText(texts.get("item.suggest") + ": " + suggestion.name() + ", " + suggestion.price());
        if (suggestion.added()) {
            button.getStyleClass().add("added");
        }
        return button;
    }

    @FXML
    private void less() {
        viewModel.less();
    }

    @FXML
    private void more() {
        viewModel.more();
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void cancel() {
        viewModel.close();
    }

    @Override
    public void dispose() {
        redraws.unsubscribe();
        picks.unsubscribe();
    }

    /** One suggestion's controller: fills Suggestion.fxml and adds the item. */
    private final class SuggestionView {

        @FXML private Picture picture;
        @FXML private Label name;
        @FXML private Label price;

        private final Suggestion suggestion;

        SuggestionView(Suggestion suggestion) {
            this.suggestion = suggestion;
        }

        @FXML
        private void initialize() {
            picture.setResource(suggestion.picture());
            name.setText(suggestion.name());
            price.setText(suggestion.price());
        }

        @FXML
        private void add() {
            viewModel.addSuggestion(suggestion.item());
        }
    }
}
