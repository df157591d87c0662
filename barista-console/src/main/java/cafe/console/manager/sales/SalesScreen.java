package cafe.console.manager.sales;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.terminal.fx.Fxml;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;

/** The day's sales as a back-office section; its exports are written on a thread of its own. */
public final class SalesScreen implements SectionScreen {

    private final ExecutorService files = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sales-export");
        thread.setDaemon(true);
        return thread;
    });
    private final SalesViewModel sales;
    private final SalesView view;

    public SalesScreen(Desk desk) {
        this.sales = new SalesViewModel(desk.client().sales(), desk.texts(), desk.ui(), files, desk.calls());
        this.view = new SalesView(sales, desk.saveAs());
    }

    @Override
    public String titleKey() {
        return "sales.title";
    }

    @Override
    public Node open() {
        Node node = Fxml.load(SalesView.class, "Sales.fxml", sales.texts().bundle(), view);
        sales.open();
        return node;
    }

    @Override
    public void storeReached() {
        sales.day().storeReached();
    }

    /** An export under way is finished first: a file is never left half written. */
    @Override
    public void close() {
        view.dispose();
        files.shutdown();
    }
}
