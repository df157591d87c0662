package cafe.terminal.app;

import cafe.terminal.fx.TerminalScene;
import java.util.Objects;
import javafx.beans.value.ObservableValue;

/**
 * What a screen program shows, as its {@link TerminalApp} builds it: the scene at its design size,
 * the window's title (it may change with the language), and what to do once the window is up
 * (start following the store and the clock) and when it closes.
 */
public record TerminalScreen(TerminalScene scene, ObservableValue<String> title, Runnable open, Runnable close) {

    public TerminalScreen {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
    }
}
