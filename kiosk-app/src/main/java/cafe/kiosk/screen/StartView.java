package cafe.kiosk.screen;

import cafe.kiosk.flow.StartViewModel;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;

/** The welcome screen: dine in or take out, pressable once the store can take orders. */
final class StartView implements ScreenView {

    @FXML private Button dineIn;
    @FXML private Button takeOut;

    private final StartViewModel viewModel;

    StartView(StartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ObservableValue<Boolean> closed = viewModel.canBegin().map(open -> !open);
        dineIn.disableProperty().bind(closed);
        takeOut.disableProperty().bind(closed);
    }

    @FXML
    private void dineIn() {
        viewModel.dineIn();
    }

    @FXML
    private void takeOut() {
        viewModel.takeOut();
    }
}
