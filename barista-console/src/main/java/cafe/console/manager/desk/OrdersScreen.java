package cafe.console.manager.desk;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.console.manager.receipt.ReceiptViewModel;
import cafe.terminal.fx.Fxml;
import javafx.scene.Node;

/** Orders as a back-office section: find one, read its whole history, cancel it with a refund, see its receipt. */
public final class OrdersScreen implements SectionScreen {

    private final Desk desk;
    private final OrderSearchViewModel search;
    private final OrderDetailViewModel detail;

    public OrdersScreen(Desk desk) {
        this.desk = desk;
        DeskWords words = new DeskWords(desk.texts(), desk.zone());
        ReceiptViewModel receipt = new ReceiptViewModel(desk.client().receipts(), desk.texts(), desk.ui(),
                desk.calls(), desk.zone());
        this.detail = new OrderDetailViewModel(desk.client().orderDesk(), receipt, desk.texts(), words, desk.ui(),
                desk.calls());
        this.search = new OrderSearchViewModel(desk.client().orderDesk(), desk.texts(), words, desk.ui(),
                desk.calls(), order -> detail.open(order.orderId()));
    }

    @Override
    public String titleKey() {
        return "orders.title";
    }

    @Override
    public Node open() {
        Node node = Fxml.load(OrdersView.class, "Orders.fxml", desk.texts().bundle(),
                new OrdersView(search, detail));
        search.findByTime();
        return node;
    }

    /** Orders may have moved on while the link was down; what failed to load is asked again. */
    @Override
    public void storeReached() {
        search.storeReached();
        detail.storeReached();
    }

    @Override
    public void close() {
        // nothing followed: every answer is asked for
    }
}
