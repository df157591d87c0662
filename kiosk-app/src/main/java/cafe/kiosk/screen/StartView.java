package cafe.kiosk.screen;

import cafe.contract.order.OrderType;
import cafe.kiosk.flow.KioskViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The welcome screen: tap dine-in or take-out to begin. */
final class StartView implements ScreenView {

    @FXML private Button dineIn;
    @FXML private Button takeOut;
    @FXML private HBox heroPictures;
    @FXML private HBox dineInPicture;
    @FXML private HBox takeOutPicture;
    @FXML private VBox screenRoot;
    @FXML private HBox choices;
    @FXML private Label title;
    @FXML private Label subtitle;

    private final KioskViewModel viewModel;

    StartView(KioskViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        dineIn.disableProperty().bind(viewModel.orderingOpen().not());
        takeOut.disableProperty().bind(viewModel.orderingOpen().not());
        for (String picture : new String[] {"cafe-latte.png", "strawberry-latte.png", "butter-croissant.png"}) {
            heroPictures.getChildren().add(Pictures.named(picture, 10));
        }
        dineInPicture.getChildren().add(Pictures.named("cafe-latte.png", 6.5));
        takeOutPicture.getChildren().add(Pictures.named("americano.png", 6.5));
        if (viewModel.accessibleProperty().get()) {
            stackWithinReach();
        }
    }

    /** Accessible mode: the upper half already greets; the two choices stack, full width, without pictures. */
    private void stackWithinReach() {
        for (javafx.scene.Node decoration : new javafx.scene.Node[] {heroPictures, title, subtitle, dineInPicture,
                takeOutPicture}) {
            FrameView.showWhen(decoration, false);
        }
        VBox stacked = new VBox(dineIn, takeOut);
        stacked.getStyleClass().add("start-choices");
        screenRoot.getChildren().set(screenRoot.getChildren().indexOf(choices), stacked);
    }

    @FXML
    private void dineIn() {
        viewModel.begin(OrderType.DINE_IN);
    }

    @FXML
    private void takeOut() {
        viewModel.begin(OrderType.TAKE_OUT);
    }

    @Override
    public void dispose() {
        dineIn.disableProperty().unbind();
        takeOut.disableProperty().unbind();
    }
}
