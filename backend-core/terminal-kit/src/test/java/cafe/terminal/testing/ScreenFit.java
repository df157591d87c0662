package cafe.terminal.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen shows badly at its size: a label or button whose text is cut short ("Rem…"), and a
 * control outside the window, or outside a scroll pane that cannot be scrolled to it. Only what is
 * shown counts (hidden nodes and their children are skipped). Call it on the JavaFX thread; it lays
 * the scene out first.
 */
public final class ScreenFit {

    /** Half a pixel of rounding is not a fault. */
    private static final double SLACK = 1;

    private final Scene scene;
    private final List<String> problems = new ArrayList<>();

    private ScreenFit(Scene scene) {
        this.scene = scene;
    }

    /** Every fault on the scene as it is laid out now, one line each; empty when all fits. */
    public static List<String> problems(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ScreenFit fit = new ScreenFit(scene);
        fit.visit(scene.getRoot());
        return fit.problems;
    }

    /**
     * Off the JavaFX thread: takes the effects (drop shadows) off the scene. They change no layout,
     * so no fit, but a software renderer spends seconds a frame on them at a kiosk's size.
     */
    public static void withoutEffects(Scene scene) {
        String sheet = ScreenFit.class.getResource("no-effects.css").toExternalForm();
        onFx(() -> scene.getRoot().getStylesheets().add(sheet));
    }

    /**
     * Off the JavaFX thread: gives the scene's window a new size and waits, up to {@code patience},
     * until the scene has it. Frames are not waited for, so a test can try many sizes quickly.
     */
    public static void resize(Scene scene, double width, double height, Duration patience) {
        onFx(() -> {
            scene.getWindow().setWidth(width);
            scene.getWindow().setHeight(height);
            return null;
        });
        await().atMost(patience).until(() -> onFx(() -> scene.getWidth() == width && scene.getHeight() == height));
    }

    private static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void visit(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (node instanceof Control control) {
            checkPlace(control);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::visit);
        }
    }

    /** The skin shows a shortened copy of the text (with an ellipsis) when it does not fit. */
    private void checkText(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText())
                .filter(shown -> !shown.equals(text))
                .findFirst()
                .ifPresent(shown -> problems.add(describe(labeled) + " shows \"" + shown + "\" of \"" + text + "\""));
    }

    private void checkPlace(Control control) {
        if (control instanceof IndexedCell<?> cell && cell.isEmpty()) {
            return; // a list's or table's filler row below its last entry, clipped by the list
        }
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        ScrollPane scroll = scrollPaneAround(control);
        if (scroll != null) {
            checkWithin(control, bounds, scroll);
        } else if (outside(bounds, 0, 0, scene.getWidth(), scene.getHeight(), true, true)) {
            problems.add(describe(control) + " at " + show(bounds) + " is outside the "
                    + Math.round(scene.getWidth()) + "x" + Math.round(scene.getHeight()) + " window");
        }
    }

    /** Beyond a scroll pane's view is fine along an axis it scrolls; along another the control is lost. */
    private void checkWithin(Control control, Bounds bounds, ScrollPane scroll) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        boolean acrossLost = scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && !scroll.isPannable();
        boolean downLost = scroll.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && !scroll.isPannable();
        if (outside(bounds, view.getMinX(), view.getMinY(), view.getMaxX(), view.getMaxY(), acrossLost, downLost)) {
            problems.add(describe(control) + " at " + show(bounds) + " is beyond its scroll pane at " + show(view)
                    + ", which cannot scroll there");
        }
    }

    private static boolean outside(Bounds b, double minX, double minY, double maxX, double maxY,
                                   boolean across, boolean down) {
        boolean x = b.getMinX() < minX - SLACK || b.getMaxX() > maxX + SLACK;
        boolean y = b.getMinY() < minY - SLACK || b.getMaxY() > maxY + SLACK;
        return across && x || down && y;
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String name = node.getId() != null ? "#" + node.getId()
                : node.getClass().getSimpleName() + node.getStyleClass().stream().map(c -> "." + c).reduce("", String::concat);
        return node instanceof Labeled labeled && node.getId() == null ? name + " \"" + labeled.getText() + "\"" : name;
    }

    private static String show(Bounds b) {
        return String.format(Locale.ROOT, "(%.0f,%.0f %.0fx%.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
