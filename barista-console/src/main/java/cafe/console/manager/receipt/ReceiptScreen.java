package cafe.console.manager.receipt;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.terminal.fx.Fxml;
import javafx.scene.Node;

/** Receipts as a back-office section: find, show, resend, print. */
public final class ReceiptScreen implements SectionScreen {

    private final ReceiptViewModel receipts;
    private final ReceiptScreenView view;

    public ReceiptScreen(Desk desk) {
        this.receipts = new ReceiptViewModel(desk.client().receipts(), desk.texts(), desk.ui(), desk.calls(),
                desk.zone());
        this.view = new ReceiptScreenView(receipts);
    }

    @Override
    public String titleKey() {
        return "receipt.title";
    }

    @Override
    public Node open() {
        return Fxml.load(ReceiptScreenView.class, "Receipt.fxml", receipts.texts().bundle(), view);
    }

    /** A receipt that could not be looked up while the link was down is looked up again. */
    @Override
    public void storeReached() {
        receipts.storeReached();
    }

    @Override
    public void close() {
        view.dispose();
    }
}
