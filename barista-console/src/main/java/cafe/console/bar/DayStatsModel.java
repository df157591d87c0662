package cafe.console.bar;

import cafe.client.BaristaClient;
import cafe.client.CafeException;
import cafe.contract.barista.DayStats;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day at the bar, as figures for the header. Refreshes are coalesced: during a rush, ticket
 * events ask many times a second, but only one question is in flight and one more follows it.
 */
public final class DayStatsModel {

    private static final Logger LOG = LoggerFactory.getLogger(DayStatsModel.class);
    private static final String NONE = "-";

    private final BaristaClient client;
    private final Executor ui;
    private final ReadOnlyStringWrapper completed = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper averagePrep = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper worstPrep = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper queueLength = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper estimatedWait = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyIntegerWrapper unanswered = new ReadOnlyIntegerWrapper();
    private boolean inFlight;
    private boolean askAgain;

    public DayStatsModel(BaristaClient client, Executor ui) {
        this.client = client;
        this.ui = ui;
    }

    // Properties

    public ReadOnlyStringProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averagePrepProperty() {
        return averagePrep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty worstPrepProperty() {
        return worstPrep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queueLengthProperty() {
        return queueLength.getReadOnlyProperty();
    }

    /** In minutes. */
    public ReadOnlyStringProperty estimatedWaitProperty() {
        return estimatedWait.getReadOnlyProperty();
    }

    /** Counts the questions the store did not answer (the link up): each one is news to a listener. */
    public ReadOnlyIntegerProperty unansweredProperty() {
        return unanswered.getReadOnlyProperty();
    }

    // Commands

    public void refresh() {
        if (inFlight) {
            askAgain = true;
            return;
        }
        inFlight = true;
        client.dayStats().whenComplete((stats, failure) -> ui.execute(() -> answered(stats, failure)));
    }

    private void answered(DayStats stats, Throwable failure) {
        inFlight = false;
        if (failure != null && !CafeException.linkDown(failure)) {
            unanswered.set(unanswered.get() + 1);
        }
        if (failure != null) {
            LOG.warn("Day stats unavailable: {}", failure.toString());
        } else {
            show(stats);
        }
        if (askAgain) {
            askAgain = false;
            refresh();
        }
    }

    private void show(DayStats stats) {
        completed.set(String.valueOf(stats.ordersCompleted()));
        averagePrep.set(Elapsed.clock(stats.averagePrepSeconds()));
        worstPrep.set(Elapsed.clock(stats.worstPrepSeconds()));
        queueLength.set(String.valueOf(stats.queueLength()));
        estimatedWait.set(String.valueOf(stats.estimatedWaitMinutes()));
    }
}
