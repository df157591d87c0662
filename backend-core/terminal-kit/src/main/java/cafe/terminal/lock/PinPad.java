package cafe.terminal.lock;

import cafe.client.staff.PinTries;
import cafe.terminal.i18n.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The staff PIN pad: a card over a dimmed screen with a big keypad, in the screen's own colour tokens
 * and text size. The typed PIN is checked on {@code checker} (it is slow by design) and only the right
 * one calls {@code leave}; wrong ones say how many tries are left, and after too many the pad says
 * how long the next one waits. Left alone for {@link #IDLE}, it closes, so no customer finds it open.
 */
final class PinPad {

    static final Duration IDLE = Duration.ofSeconds(30);
    private static final int LONGEST = 12;

    private final PinAttempts attempts;
    private final Executor checker;
    private final Texts texts;
    private final Clock clock;
    private final Runnable leave;
    private final Runnable close;
    private final char[] typed = new char[LONGEST];
    private int length;
    private boolean checking;
    private final Label dots = new Label();
    private final Label message = new Label();
    private final StackPane cover;
    private final PauseTransition idle = new PauseTransition(javafx.util.Duration.millis(IDLE.toMillis()));

    PinPad(PinAttempts attempts, Executor checker, Texts texts, Clock clock, Runnable leave, Runnable close) {
        this.attempts = attempts;
        this.checker = checker;
        this.texts = texts;
        this.clock = clock;
        this.leave = leave;
        this.close = close;
        this.cover = new StackPane(card());
        cover.setId("pin-pad");
        cover.getStyleClass().add("pin-cover");
        cover.getStylesheets().add(PinPad.class.getResource("pin-pad.css").toExternalForm());
        idle.setOnFinished(done -> close.run());
    }

    Node node() {
        return cover;
    }

    /** Starts afresh each time it opens: nothing typed, and the lock-out if there is one. */
    void opened() {
        clearTyped();
        checking = false;
        message.setText(attempts.lockedUntil().map(this::lockedText).orElse(texts.get("pin.hint")));
        idle.playFromStart();
    }

    void closed() {
        idle.stop();
        clearTyped();
    }

    /** A key typed while the pad is open; every key is the pad's then. */
    void key(KeyEvent key) {
        idle.playFromStart();
        KeyCode code = key.getCode();
        if (code.isDigitKey()) {
            digit(key.getText().isEmpty() ? code.getChar().charAt(0) : key.getText().charAt(0));
        } else if (code == KeyCode.BACK_SPACE) {
            backspace();
        } else if (code == KeyCode.ENTER) {
            submit();
        } else if (code == KeyCode.ESCAPE) {
            close.run();
        }
    }

    private VBox card() {
        Label title = new Label(texts.get("pin.title"));
        title.getStyleClass().add("pin-title");
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        message.setId("pin-message");
        message.getStyleClass().add("pin-message");
        message.setWrapText(true);
        Button cancel = button("pin-cancel", texts.get("pin.cancel"), close);
        cancel.getStyleClass().add("pin-secondary");
        HBox actions = new HBox(cancel);
        actions.setAlignment(Pos.CENTER);
        VBox card = new VBox(title, dots, message, keypad(), actions);
        card.getStyleClass().add("pin-card");
        card.setAlignment(Pos.TOP_CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        return card;
    }

    private GridPane keypad() {
        GridPane keys = new GridPane();
        keys.getStyleClass().add("pin-keys");
        for (int n = 1; n <= 9; n++) {
            keys.add(digitButton((char) ('0' + n)), (n - 1) % 3, (n - 1) / 3);
        }
        Button erase = button("pin-erase", texts.get("pin.erase"), this::backspace);
        Button ok = button("pin-ok", texts.get("pin.ok"), this::submit);
        ok.getStyleClass().add("pin-ok");
        keys.add(erase, 0, 3);
        keys.add(digitButton('0'), 1, 3);
        keys.add(ok, 2, 3);
        return keys;
    }

    private Button digitButton(char digit) {
        return button("pin-key-" + digit, String.valueOf(digit), () -> digit(digit));
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("pin-key");
        button.setFocusTraversable(false);
        button.setOnAction(pressed -> {
            idle.playFromStart();
            action.run();
        });
        return button;
    }

    private void digit(char digit) {
        if (!checking && length < LONGEST) {
            typed[length++] = digit;
            showDots();
        }
    }

    private void backspace() {
        if (!checking && length > 0) {
            typed[--length] = '\0';
            showDots();
        }
    }

    private void submit() {
        if (checking || length == 0) {
            return;
        }
        if (!attempts.canBeLeft()) {
            clearTyped();
            message.setText(texts.get("pin.none"));
            return;
        }
        char[] pin = Arrays.copyOf(typed, length);
        clearTyped();
        checking = true;
        message.setText(texts.get("pin.checking"));
        checker.execute(() -> {
            PinTries.Outcome outcome = attempts.check(pin);
            Platform.runLater(() -> show(outcome));
        });
    }

    private void show(PinTries.Outcome outcome) {
        checking = false;
        if (outcome instanceof PinTries.Accepted) {
            leave.run();
        } else if (outcome instanceof PinTries.Wrong wrong) {
            message.setText(texts.get("pin.wrong", wrong.triesLeft()));
        } else if (outcome instanceof PinTries.LockedOut locked) {
            message.setText(lockedText(locked.until()));
        }
    }

    private String lockedText(Instant until) {
        return texts.waiting("pin.locked.seconds", "pin.locked.minutes", Duration.between(clock.instant(), until));
    }

    private void showDots() {
        dots.setText("●".repeat(length));
    }

    private void clearTyped() {
        Arrays.fill(typed, '\0');
        length = 0;
        showDots();
    }
}
