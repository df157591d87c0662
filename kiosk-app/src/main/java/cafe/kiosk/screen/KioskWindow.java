package cafe.kiosk.screen;

import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.flow.Screen;
import cafe.kiosk.speech.Announcer;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.fx.Ticker;
import javafx.animation.FadeTransition;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.util.Duration;

/**
 * The kiosk's scene: the frame (header, utility bar, overlays) around the current screen, swapped
 * with a short fade as the customer moves on, reloaded in the other language when it changes, in
 * the cafe theme or the high-contrast one. Every touch, click and key counts as the customer being
 * there; Enter presses the focused button, as a keypad's OK would. The text size is set on the
 * scene's root, so what covers the screen (the staff PIN pad) is sized as the kiosk is. In
 * accessible mode the announcer says what the customer moves onto, and the keypad's speech keys
 * repeat it or change the voice.
 */
public final class KioskWindow {

    private static final String TOKENS_CAFE = "/cafe/kiosk/theme/tokens-cafe.css";
    private static final String TOKENS_CONTRAST = "/cafe/kiosk/theme/tokens-contrast.css";
    private static final String KIOSK_CSS = "/cafe/kiosk/theme/kiosk.css";
    private static final PseudoClass ACCESSIBLE = PseudoClass.getPseudoClass("accessible");
    private static final PseudoClass LANDSCAPE = PseudoClass.getPseudoClass("landscape");
    /** The text size at the design size (1080 x 1920 portrait, 1920 x 1080 landscape); all else is in em. */
    private static final double BASE_TEXT_PX = 22;
    private static final double SMALLEST_TEXT_PX = 12;
    /** Accessible mode's text, times the usual: less on a landscape kiosk, whose lower part is short. */
    private static final double ACCESSIBLE_PORTRAIT = 2;
    private static final double ACCESSIBLE_LANDSCAPE = 1.5;

    private final KioskViewModel viewModel;
    private final TerminalScene layers;
    private final Scene scene;
    private final Ticker ticker;
    private FrameView frame;
    private Layouts.Loaded screen;
    private Layouts.Loaded itemDialog;
    private boolean enterHeld;

    public KioskWindow(KioskViewModel viewModel, Announcer announcer, double width, double height) {
        AddedPictures.askWith(viewModel::addedPicture);
        this.viewModel = viewModel;
        this.layers = new TerminalScene(width, height);
        this.scene = layers.scene();
        FocusSpeech.follow(scene, announcer, viewModel::texts);
        SpeechKeys.install(scene, announcer, () -> viewModel.accessibleProperty().set(true));
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touched);
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, this::touched);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, key -> enterHeld &= key.getCode() != KeyCode.ENTER);
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (now != null) {
                Focus.scrollIntoSight(now);
            }
        });
        viewModel.textsProperty().addListener((obs, was, now) -> build());
        viewModel.accessibleProperty().addListener((obs, was, now) -> build());
        scene.widthProperty().addListener(obs -> applyTextSize());
        scene.heightProperty().addListener(obs -> applyTextSize());
        viewModel.screenProperty().addListener((obs, was, now) -> showScreen(true));
        viewModel.itemDialog().open().addListener((obs, was, now) -> showItemDialog());
        ticker = Ticker.everySecond(viewModel::tick);
        build();
    }

    public TerminalScene scene() {
        return layers;
    }

    /** Starts following the store and the clock. */
    public void open() {
        viewModel.open();
        ticker.start();
    }

    public void close() {
        ticker.stop();
        disposeAll();
        viewModel.close();
    }

    private void build() {
        disposeAll();
        frame = new FrameView(viewModel.frame(), scene);
        Parent root = Layouts.load("Frame.fxml", frame, viewModel.texts());
        layers.show(root);
        showScreen(false);
        showItemDialog();
        applyTheme();
    }

    private void showScreen(boolean animate) {
        if (screen != null) {
            screen.view().dispose();
        }
        screen = Layouts.screen(fxmlOf(viewModel.screenProperty().get()), viewOf(viewModel.screenProperty().get()),
                viewModel.texts());
        frame.showScreen(screen.root());
        if (animate) {
            FadeTransition fade = new FadeTransition(Duration.millis(180), screen.root());
            fade.setFromValue(0.2);
            fade.setToValue(1);
            fade.play();
        }
        Focus.first(screen.root());
    }

    private void showItemDialog() {
        if (itemDialog != null) {
            itemDialog.view().dispose();
            itemDialog = null;
        }
        if (viewModel.itemDialog().open().get()) {
            itemDialog = Layouts.screen("ItemDialog.fxml", new ItemView(viewModel.itemDialog(), viewModel.texts()),
                    viewModel.texts());
            frame.showDialog(itemDialog.root());
            Focus.first(itemDialog.root());
        } else {
            frame.showDialog(null);
            if (screen != null) {
                Focus.first(screen.root());
            }
        }
    }

    private String fxmlOf(Screen shown) {
        return switch (shown) {
            case START -> "Start.fxml";
            case MENU -> "Menu.fxml";
            case CART -> "Cart.fxml";
            case PAYMENT -> "Payment.fxml";
            case CONTACT -> "Contact.fxml";
            case DONE -> "Done.fxml";
        };
    }

    private ScreenView viewOf(Screen shown) {
        return switch (shown) {
            case START -> new StartView(viewModel.startScreen());
            case MENU -> new MenuView(viewModel.menuScreen(), viewModel.texts());
            case CART -> new CartView(viewModel.cartScreen(), viewModel.texts());
            case PAYMENT -> new PaymentView(viewModel.paymentScreen(), viewModel.texts());
            case CONTACT -> new ContactView(viewModel.contactScreen(), viewModel.texts(),
                    viewModel.accessibleProperty().get());
            case DONE -> new DoneView(viewModel.doneScreen());
        };
    }

    private void applyTheme() {
        boolean accessible = viewModel.accessibleProperty().get();
        layers.wear(KioskWindow.class, accessible ? TOKENS_CONTRAST : TOKENS_CAFE, KIOSK_CSS);
        layers.content().pseudoClassStateChanged(ACCESSIBLE, accessible);
        applyTextSize();
    }

    /**
     * Text (and so everything sized in em) follows the window; accessible mode enlarges it. A window
     * wider than tall wears {@code :landscape}, for the rules of a landscape kiosk.
     */
    private void applyTextSize() {
        double width = scene.getWidth();
        double height = scene.getHeight();
        boolean landscape = width > height;
        double fit = landscape ? Math.min(width / 1920, height / 1080) : Math.min(width / 1080, height / 1920);
        double size = Math.max(SMALLEST_TEXT_PX, BASE_TEXT_PX * Math.min(1, fit));
        double accessible = landscape ? ACCESSIBLE_LANDSCAPE : ACCESSIBLE_PORTRAIT;
        double factor = viewModel.accessibleProperty().get() ? accessible : 1;
        layers.content().pseudoClassStateChanged(LANDSCAPE, landscape);
        layers.root().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size * factor));
    }

    private void touched(Event event) {
        viewModel.frame().touched();
    }

    private void keyPressed(KeyEvent key) {
        viewModel.frame().touched();
        if (key.getCode() != KeyCode.ENTER) {
            return;
        }
        key.consume();
        // a held key repeats: only the first press counts, or it would go on pressing the next screen's buttons
        if (!enterHeld && scene.getFocusOwner() instanceof ButtonBase button && !button.isDisabled()) {
            enterHeld = true;
            button.fire();
        }
    }

    private void disposeAll() {
        if (screen != null) {
            screen.view().dispose();
            screen = null;
        }
        if (itemDialog != null) {
            itemDialog.view().dispose();
            itemDialog = null;
        }
        if (frame != null) {
            frame.dispose();
        }
    }
}
