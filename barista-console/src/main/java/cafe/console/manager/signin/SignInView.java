package cafe.console.manager.signin;

import cafe.contract.staff.StaffMember;
import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The sign-in card: staff names to pick from, the PIN, and what became of the last try. */
public final class SignInView extends PinView {

    @FXML
    private ListView<StaffMember> staff;

    private final SignInViewModel viewModel;

    public SignInView(SignInViewModel viewModel) {
        super(viewModel);
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        staff.setItems(viewModel.staff());
        staff.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StaffMember member, boolean empty) {
                super.updateItem(member, empty);
                setText(empty || member == null ? null : member.name());
            }
        });
        staff.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            viewModel.chosenProperty().set(now);
            focusPin();
        });
        viewModel.chosenProperty().addListener((obs, was, now) -> staff.getSelectionModel().select(now));
        staff.getSelectionModel().select(viewModel.chosenProperty().get());
        bindPin();
    }
}
