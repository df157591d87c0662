package cafe.console.bar;

import cafe.client.ConnectionState;
import cafe.terminal.i18n.Texts;
import cafe.console.soldout.SoldOutView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The barista console screen: binds the header, rail, pickup shelf, all-day counts and key legend to
 * the view model and forwards touches to it. The keys of the bump bar arrive through {@link BumpBarKeys}.
 */
public final class ConsoleView {

    private static final Duration TOAST_TIME = Duration.seconds(4);
    private static final double CARD_MIN_WIDTH = 260;

    @FXML private Label stationLabel;
    @FXML private Label clockLabel;
    @FXML private Label queueValue;
    @FXML private Label waitValue;
    @FXML private Label completedValue;
    @FXML private Label averageValue;
    @FXML private Label worstValue;
    @FXML private Label connectionPill;
    @FXML private Label offlineBanner;
    @FXML private ScrollPane railScroll;
    @FXML private FlowPane rail;
    @FXML private Label railEmpty;
    @FXML private Label shelfCount;
    @FXML private VBox shelf;
    @FXML private Label allDayCount;
    @FXML private VBox allDay;
    @FXML private Button recallKey;
    @FXML private Button soldOutKey;
    @FXML private Button soundKey;
    @FXML private Region soldOut;
    @FXML private SoldOutView soldOutController;
    @FXML private Region flash;
    @FXML private Label toast;

    private final ConsoleViewModel viewModel;
    private final Texts texts;
    private final Map<String, TicketCard> cards = new HashMap<>();
    private final List<Runnable> disposers = new ArrayList<>();
    private final Timeline toastTimer = new Timeline();
    private double cardWidth = CARD_MIN_WIDTH;

    public ConsoleView(ConsoleViewModel viewModel) {
        this.viewModel = viewModel;
        this.texts = viewModel.texts();
    }

    @FXML
    private void initialize() {
        stationLabel.setText(viewModel.station());
        clockLabel.textProperty().bind(viewModel.wallClockProperty());
        DayStatsModel stats = viewModel.dayStats();
        queueValue.textProperty().bind(stats.queueLengthProperty());
        waitValue.textProperty().bind(stats.estimatedWaitProperty());
        completedValue.textProperty().bind(stats.completedProperty());
        averageValue.textProperty().bind(stats.averagePrepProperty());
        worstValue.textProperty().bind(stats.worstPrepProperty());
        offlineBanner.managedProperty().bind(offlineBanner.visibleProperty());
        soldOut.visibleProperty().bind(viewModel.soldOutOpenProperty());
        railScroll.viewportBoundsProperty().addListener((obs, was, now) -> fitCards(now.getWidth()));
        TicketBoard board = viewModel.board();
        follow(this::renderRail, board.rail());
        follow(this::renderShelf, board.shelf());
        follow(this::renderAllDay, viewModel.allDay());
        follow(this::renderRecall, board.recallable());
        follow(this::renderConnection, viewModel.connectionStateProperty(), viewModel.storeAnsweringProperty());
        follow(this::renderKeys, viewModel.soundOnProperty(), viewModel.soldOut().soldOutCountProperty());
        follow(this::showToast, viewModel.toastProperty());
        follow(this::revealSelected, board.selectedProperty());
        InvalidationListener onNewTicket = obs -> flash();
        viewModel.newTicketSignalProperty().addListener(onNewTicket);
        disposers.add(() -> viewModel.newTicketSignalProperty().removeListener(onNewTicket));
    }

    /** Lets go of the view model, when the screen is rebuilt in another language. */
    public void dispose() {
        disposers.forEach(Runnable::run);
        cards.values().forEach(TicketCard::dispose);
        soldOutController.dispose();
        toastTimer.stop();
    }

    @FXML
    private void startSelected() {
        viewModel.startSelected();
    }

    @FXML
    private void readySelected() {
        viewModel.readySelected();
    }

    @FXML
    private void pickUp() {
        viewModel.pickUpOldestReady();
    }

    @FXML
    private void recall() {
        viewModel.recallLast();
    }

    @FXML
    private void toggleSoldOut() {
        viewModel.toggleSoldOutPanel();
    }

    @FXML
    private void toggleSound() {
        viewModel.toggleSound();
    }

    @FXML
    private void toggleLanguage() {
        viewModel.toggleLanguage();
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    private void follow(Runnable render, Observable... sources) {
        InvalidationListener listener = obs -> render.run();
        for (Observable source : sources) {
            source.addListener(listener);
            disposers.add(() -> source.removeListener(listener));
        }
        render.run();
    }

    private void renderRail() {
        List<TicketCardModel> models = viewModel.board().rail();
        cards.keySet().removeIf(id -> {
            boolean gone = models.stream().noneMatch(m -> m.orderId().equals(id));
            if (gone) {
                cards.get(id).dispose();
            }
            return gone;
        });
        rail.getChildren().setAll(models.stream()
                .map(m -> cards.computeIfAbsent(m.orderId(), id -> new TicketCard(m, viewModel, texts)))
                .toList());
        railEmpty.setVisible(models.isEmpty());
        rail.getChildren().forEach(card -> ((Region) card).setPrefWidth(cardWidth));
    }

    /** With more tickets than the screen holds, the bump bar's cursor scrolls its ticket into sight. */
    private void revealSelected() {
        TicketCardModel selected = viewModel.board().selectedProperty().get();
        TicketCard card = selected == null ? null : cards.get(selected.orderId());
        double hidden = rail.getHeight() - railScroll.getViewportBounds().getHeight();
        if (card == null || hidden <= 0) {
            return;
        }
        double top = railScroll.getVvalue() * hidden;
        double bottom = top + railScroll.getViewportBounds().getHeight();
        Bounds at = card.getBoundsInParent();
        double from = at.getMinY() - rail.getPadding().getTop();
        double to = at.getMaxY() + rail.getPadding().getBottom();
        if (from < top) {
            railScroll.setVvalue(Math.max(0, from / hidden));
        } else if (to > bottom) {
            railScroll.setVvalue(Math.min(1, (to - railScroll.getViewportBounds().getHeight()) / hidden));
        }
    }

    /** As many columns as fit, the cards sharing the width evenly: no ragged gap at any screen size. */
    private void fitCards(double viewportWidth) {
        Insets padding = rail.getPadding();
        double width = viewportWidth - padding.getLeft() - padding.getRight();
        double gap = rail.getHgap();
        int columns = Math.max(1, (int) ((width + gap) / (CARD_MIN_WIDTH + gap)));
        cardWidth = Math.floor((width - gap * (columns - 1)) / columns);
        rail.getChildren().forEach(card -> ((Region) card).setPrefWidth(cardWidth));
    }

    private void renderShelf() {
        shelf.getChildren().setAll(viewModel.board().shelf().stream()
                .map(card -> SidebarRows.ready(card, viewModel, texts)).toList());
        shelfCount.setText(String.valueOf(viewModel.board().shelf().size()));
    }

    private void renderAllDay() {
        allDay.getChildren().setAll(viewModel.allDay().stream().map(c -> SidebarRows.allDay(c, texts)).toList());
        allDayCount.setText(String.valueOf(viewModel.allDay().stream().mapToInt(AllDayCount::count).sum()));
    }

    private void renderRecall() {
        recallKey.setText(viewModel.board().lastBumped()
                .map(t -> texts.get("legend.recall") + "  #" + t.orderNumber())
                .orElse(texts.get("legend.recall")));
    }

    private void renderConnection() {
        ConnectionState state = viewModel.connectionStateProperty().get();
        boolean unanswered = state == ConnectionState.CONNECTED && !viewModel.storeAnsweringProperty().get();
        connectionPill.setText(texts.get(unanswered ? "connection.unanswered" : switch (state) {
            case CONNECTING -> "connection.connecting";
            case CONNECTED -> "connection.connected";
            case RECONNECTING -> "connection.reconnecting";
            case CLOSED -> "connection.closed";
        }));
        connectionPill.getStyleClass().setAll("label", "connection-pill",
                unanswered ? "unanswered" : state.name().toLowerCase());
        offlineBanner.setVisible(state != ConnectionState.CONNECTED || unanswered);
        offlineBanner.setText(texts.get(unanswered ? "banner.unanswered" : "banner.offline"));
    }

    private void renderKeys() {
        soundKey.getStyleClass().setAll("button", "legend-button", viewModel.soundOnProperty().get() ? "on" : "off");
        int soldOutCount = viewModel.soldOut().soldOutCountProperty().get();
        soldOutKey.setText(soldOutCount == 0 ? texts.get("legend.soldOut")
                : texts.get("legend.soldOutCount", String.valueOf(soldOutCount)));
    }

    private void showToast() {
        Toast shown = viewModel.toastProperty().get();
        if (shown == null) {
            return;
        }
        toast.setText(shown.text());
        toast.getStyleClass().setAll("label", "toast", shown.kind() == Toast.Kind.ERROR ? "error" : "info");
        toast.setVisible(true);
        toastTimer.stop();
        toastTimer.getKeyFrames().setAll(new KeyFrame(TOAST_TIME, e -> toast.setVisible(false)));
        toastTimer.playFromStart();
    }

    /** A visible bell for those who cannot hear the chime over the grinder. */
    private void flash() {
        FadeTransition fade = new FadeTransition(Duration.millis(450), flash);
        fade.setFromValue(0.0);
        fade.setToValue(1.0);
        fade.setAutoReverse(true);
        fade.setCycleCount(4);
        fade.play();
    }
}
