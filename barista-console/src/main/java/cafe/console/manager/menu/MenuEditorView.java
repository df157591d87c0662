package cafe.console.manager.menu;

import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.OptionGroup;
import cafe.terminal.i18n.Texts;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The menu editor's three columns: categories, the chosen category's items, and the item's form. */
public final class MenuEditorView {

    @FXML
    private ListView<MenuCategory> categories;
    @FXML
    private TextField categoryKo;
    @FXML
    private TextField categoryEn;
    @FXML
    private ListView<MenuItem> items;
    @FXML
    private Label formTitle;
    @FXML
    private TextField nameKo;
    @FXML
    private TextField nameEn;
    @FXML
    private TextField descriptionKo;
    @FXML
    private TextField descriptionEn;
    @FXML
    private TextField price;
    @FXML
    private TextField prepSeconds;
    @FXML
    private ComboBox<String> picture;
    @FXML
    private FlowPane optionGroups;
    @FXML
    private FlowPane pairings;
    @FXML
    private ComboBox<MenuItem> pairingChoice;
    @FXML
    private Button retire;
    @FXML
    private Button save;
    @FXML
    private Label message;

    private final MenuEditorViewModel viewModel;
    private final ListChangeListener<OptionGroup> onGroups = change -> showOptionGroups();

    public MenuEditorView(MenuEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Texts texts = viewModel.texts();
        follow(categories, viewModel.categories(), viewModel.categoryProperty(), c -> texts.of(c.name()));
        categories.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                viewModel.chooseCategory(now);
            }
        });
        follow(items, viewModel.items(), viewModel.itemProperty(),
                i -> texts.of(i.name()) + "  ·  " + texts.won(i.basePriceWon()) + (i.available() ? "" : "  ·  "
                        + texts.get("editor.soldOut")));
        items.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                viewModel.chooseItem(now);
            }
        });
        categoryKo.textProperty().bindBidirectional(viewModel.categoryKoProperty());
        categoryEn.textProperty().bindBidirectional(viewModel.categoryEnProperty());
        bindForm(viewModel.form());
        formTitle.textProperty().bind(Bindings.when(viewModel.itemProperty().isNull())
                .then(texts.get("editor.newItemTitle")).otherwise(texts.get("editor.itemTitle")));
        retire.disableProperty().bind(viewModel.itemProperty().isNull().or(viewModel.changes().busyProperty()));
        save.disableProperty().bind(viewModel.changes().busyProperty());
        ChangeLineView.show(viewModel.changes(), message);
        viewModel.optionGroups().addListener(onGroups);
        showOptionGroups();
    }

    /** Stops following the view model, when the screen is left. */
    public void dispose() {
        viewModel.optionGroups().removeListener(onGroups);
    }

    private void bindForm(ItemForm form) {
        nameKo.textProperty().bindBidirectional(form.nameKoProperty());
        nameEn.textProperty().bindBidirectional(form.nameEnProperty());
        descriptionKo.textProperty().bindBidirectional(form.descriptionKoProperty());
        descriptionEn.textProperty().bindBidirectional(form.descriptionEnProperty());
        price.textProperty().bindBidirectional(form.priceProperty());
        prepSeconds.textProperty().bindBidirectional(form.prepSecondsProperty());
        picture.setItems(viewModel.pictures());
        Map<String, Image> previews = new HashMap<>();
        picture.setCellFactory(list -> new PictureTile(viewModel::picture, previews));
        picture.setButtonCell(new PictureTile(viewModel::picture, previews));
        picture.valueProperty().bindBidirectional(form.pictureProperty());
        form.optionGroups().addListener((SetChangeListener<String>) change -> tickOptionGroups());
        bindPairings(form);
    }

    /** The items suggested with this one as chips (a click takes one off), and a list to add another from. */
    private void bindPairings(ItemForm form) {
        Texts texts = viewModel.texts();
        pairingChoice.setItems(viewModel.everyItem());
        pairingChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(MenuItem item) {
                return item == null ? "" : texts.of(item.name());
            }

            @Override
            public MenuItem fromString(String text) {
                return null;
            }
        });
        pairingChoice.setOnAction(event -> {
            MenuItem picked = pairingChoice.getValue();
            if (picked != null && !form.suggestions().contains(picked.id())) {
                form.suggestions().add(picked.id());
            }
        });
        form.suggestions().addListener((ListChangeListener<String>) change -> showPairings(form));
        viewModel.everyItem().addListener((ListChangeListener<MenuItem>) change -> showPairings(form));
    }

    private void showPairings(ItemForm form) {
        Texts texts = viewModel.texts();
        pairings.getChildren().setAll(form.suggestions().stream().map(id -> {
            String name = viewModel.everyItem().stream().filter(item -> item.id().equals(id)).findFirst()
                    .map(item -> texts.of(item.name())).orElse(id);
            Button chip = new Button(name + "  ×");
            chip.setId("pairing-" + id);
            chip.getStyleClass().add("pairing-chip");
            chip.setOnAction(event -> form.suggestions().remove(id));
            return chip;
        }).toList());
    }

    /** One box per option group of the menu; ticking one adds the group to the item being edited. */
    private void showOptionGroups() {
        Texts texts = viewModel.texts();
        optionGroups.getChildren().setAll(viewModel.optionGroups().stream().map(group -> {
            CheckBox box = new CheckBox(texts.of(group.name()));
            box.setId("option-group-" + group.id());
            box.setUserData(group.id());
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    viewModel.form().optionGroups().add(group.id());
                } else {
                    viewModel.form().optionGroups().remove(group.id());
                }
            });
            return box;
        }).toList());
        tickOptionGroups();
    }

    /** The boxes follow the form when another item is chosen. */
    private void tickOptionGroups() {
        optionGroups.getChildren().forEach(box -> ((CheckBox) box)
                .setSelected(viewModel.form().optionGroups().contains((String) box.getUserData())));
    }

    @FXML
    private void categoryUp() {
        viewModel.moveCategory(-1);
    }

    @FXML
    private void categoryDown() {
        viewModel.moveCategory(1);
    }

    @FXML
    private void addCategory() {
        viewModel.addCategory();
    }

    @FXML
    private void renameCategory() {
        viewModel.renameCategory();
    }

    @FXML
    private void retireCategory() {
        viewModel.retireCategory();
    }

    @FXML
    private void itemUp() {
        viewModel.moveItem(-1);
    }

    @FXML
    private void itemDown() {
        viewModel.moveItem(1);
    }

    @FXML
    private void newItem() {
        items.getSelectionModel().clearSelection();
        viewModel.newItem();
    }

    /** A picture file from this PC: JPEG, PNG, GIF or BMP, shrunk for the kiosks before it is sent. */
    @FXML
    private void choosePictureFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(viewModel.texts().get("editor.pictureFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(viewModel.texts().get("editor.pictureFiles"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp"));
        File chosen = chooser.showOpenDialog(picture.getScene().getWindow());
        if (chosen != null) {
            viewModel.addPicture(chosen.toPath());
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void retire() {
        viewModel.retire();
    }

    /** A list showing the view model's entries by a text, its selection following the chosen one. */
    private static <T> void follow(ListView<T> list, ObservableList<T> entries,
                                   ObjectProperty<T> chosen, Function<T, String> text) {
        list.setItems(entries);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : text.apply(entry));
            }
        });
        chosen.addListener((obs, was, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(chosen.get());
    }
}
