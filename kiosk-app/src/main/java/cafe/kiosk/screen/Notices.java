package cafe.kiosk.screen;

import cafe.kiosk.flow.KioskViewModel;
import javafx.scene.control.Label;

/** The banner that tells the customer what changed under them ("the menu changed, please review"). */
final class Notices {

    private Notices() {
    }

    static void show(Label banner, KioskViewModel viewModel) {
        String key = viewModel.noticeProperty().get();
        FrameView.showWhen(banner, key != null);
        banner.setText(key == null ? "" : viewModel.texts().get(key));
    }
}
