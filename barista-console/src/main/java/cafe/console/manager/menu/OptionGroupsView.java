package cafe.console.manager.menu;

import cafe.contract.menu.OptionGroup;
import cafe.terminal.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The option groups: the list at the left, the chosen group's names, counts and options at the right. */
public final class OptionGroupsView {

    @FXML
    private ListView<OptionGroup> groups;
    @FXML
    private Label formTitle;
    @FXML
    private TextField nameKo;
    @FXML
    private TextField nameEn;
    @FXML
    private TextField least;
    @FXML
    private TextField most;
    @FXML
    private Label offeredBy;
    @FXML
    private VBox options;
    @FXML
    private Button retire;
    @FXML
    private Button save;
    @FXML
    private Label message;

    private final OptionGroupsViewModel viewModel;
    private final ListChangeListener<OptionRow> onRows = change -> showRows();

    public OptionGroupsView(OptionGroupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Texts texts = viewModel.texts();
        groups.setItems(viewModel.groups());
        groups.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OptionGroup group, boolean empty) {
                super.updateItem(group, empty);
                setText(empty || group == null ? null : texts.of(group.name()) + "  ·  "
                        + texts.get("groups.count", group.options().size()));
            }
        });
        viewModel.groupProperty().addListener((obs, was, now) -> groups.getSelectionModel().select(now));
        groups.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> viewModel.chooseGroup(now));
        GroupForm form = viewModel.form();
        nameKo.textProperty().bindBidirectional(form.nameKoProperty());
        nameEn.textProperty().bindBidirectional(form.nameEnProperty());
        least.textProperty().bindBidirectional(form.leastProperty());
        most.textProperty().bindBidirectional(form.mostProperty());
        offeredBy.textProperty().bind(viewModel.offeredByProperty());
        formTitle.textProperty().bind(Bindings.when(viewModel.groupProperty().isNull())
                .then(texts.get("groups.newTitle")).otherwise(texts.get("groups.editTitle")));
        retire.disableProperty().bind(viewModel.groupProperty().isNull().or(viewModel.changes().busyProperty()));
        save.disableProperty().bind(viewModel.changes().busyProperty());
        ChangeLineView.show(viewModel.changes(), message);
        form.options().addListener(onRows);
        showRows();
    }

    /** Stops following the view model, when the screen is left. */
    public void dispose() {
        viewModel.form().options().removeListener(onRows);
    }

    private void showRows() {
        var rows = viewModel.form().options();
        options.getChildren().setAll(rows.stream().map(row -> row(row, rows.indexOf(row))).toList());
    }

    /** One option as a line of fields, with its up, down and remove buttons. */
    private Node row(OptionRow row, int index) {
        Texts texts = viewModel.texts();
        TextField ko = field(row.nameKoProperty().get(), "option-ko-" + index, 190);
        ko.textProperty().bindBidirectional(row.nameKoProperty());
        TextField en = field(row.nameEnProperty().get(), "option-en-" + index, 190);
        en.textProperty().bindBidirectional(row.nameEnProperty());
        TextField price = field(row.priceDeltaProperty().get(), "option-price-" + index, 110);
        price.textProperty().bindBidirectional(row.priceDeltaProperty());
        CheckBox picked = new CheckBox();
        picked.setId("option-picked-" + index);
        picked.selectedProperty().bindBidirectional(row.pickedProperty());
        HBox line = new HBox(picked, button("↑", "option-up-" + index, () -> viewModel.moveOption(row, -1)),
                button("↓", "option-down-" + index, () -> viewModel.moveOption(row, 1)),
                button(texts.get("groups.removeOption"), "option-remove-" + index, () -> viewModel.removeOption(row)));
        line.getStyleClass().add("option-row-buttons");
        HBox all = new HBox(ko, en, price, line);
        all.getStyleClass().add("option-row");
        return all;
    }

    private static TextField field(String text, String id, double width) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefWidth(width);
        return field;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    @FXML
    private void newGroup() {
        groups.getSelectionModel().clearSelection();
        viewModel.newGroup();
    }

    @FXML
    private void addOption() {
        viewModel.addOption();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void retire() {
        viewModel.retire();
    }
}
