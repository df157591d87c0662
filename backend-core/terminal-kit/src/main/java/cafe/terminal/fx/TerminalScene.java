package cafe.terminal.fx;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * A screen's scene: its content below, and above it whatever must cover the screen for a while
 * (the staff PIN pad). It always wears the kit's colour tokens first
 * ({@code cafe/terminal/theme/tokens.css}), then the screen's own theme, which sets those tokens to
 * its look and adds its own rules. The screen may swap its content (another language, another
 * screen); what covers it stays.
 */
public final class TerminalScene {

    /** The colour tokens every theme builds on. */
    public static final String TOKENS = "/cafe/terminal/theme/tokens.css";

    private final StackPane layers = new StackPane();
    private final Scene scene;

    public TerminalScene(double width, double height) {
        layers.getStyleClass().add("terminal");
        scene = new Scene(layers, width, height);
        scene.getStylesheets().setAll(stylesheet(TOKENS));
    }

    public Scene scene() {
        return scene;
    }

    /** The scene's root: text sizes set here (in px) reach everything sized in em, the covers too. */
    public Parent root() {
        return layers;
    }

    /** Shows this content under whatever covers the screen now. */
    public void show(Parent content) {
        if (layers.getChildren().isEmpty()) {
            layers.getChildren().add(content);
        } else {
            layers.getChildren().set(0, content);
        }
    }

    /** The content shown now, or null before the first {@link #show}. */
    public Parent content() {
        return layers.getChildren().isEmpty() ? null : (Parent) layers.getChildren().get(0);
    }

    /** Covers the content (and anything covering it already) with this node. */
    public void cover(Node cover) {
        if (layers.getChildren().isEmpty()) {
            throw new IllegalStateException("nothing to cover yet");
        }
        if (!layers.getChildren().contains(cover)) {
            layers.getChildren().add(cover);
        }
    }

    public void uncover(Node cover) {
        if (layers.getChildren().indexOf(cover) > 0) {
            layers.getChildren().remove(cover);
        }
    }

    /**
     * Wears these stylesheets (resource names) after the kit's tokens, in this order: the theme's
     * tokens, then its rules.
     */
    public void wear(Class<?> owner, String... stylesheets) {
        List<String> sheets = new ArrayList<>();
        sheets.add(stylesheet(TOKENS));
        for (String name : stylesheets) {
            URL sheet = owner.getResource(name);
            if (sheet == null) {
                throw new IllegalArgumentException(name + " is not a resource of " + owner.getName());
            }
            sheets.add(sheet.toExternalForm());
        }
        scene.getStylesheets().setAll(sheets);
    }

    private static String stylesheet(String name) {
        return TerminalScene.class.getResource(name).toExternalForm();
    }
}
