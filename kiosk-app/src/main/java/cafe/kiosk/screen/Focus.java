package cafe.kiosk.screen;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.Parent;

/**
 * Redraws part of a screen without losing the keyboard focus: a keypad user who pressed "+" on a
 * cart line stays on that "+" although the line was drawn anew, or, when that press made it the last
 * the line takes (the "+" now disabled), on the first control of that line still enabled (its "-"),
 * not on the screen's first.
 */
final class Focus {

    private Focus() {
    }

    static void keep(Parent area, Runnable redraw) {
        Node focused = area.getScene() == null ? null : area.getScene().getFocusOwner();
        String id = focused != null && isInside(focused, area) ? focused.getId() : null;
        redraw.run();
        if (id != null) {
            Node again = area.lookup("#" + id);
            if (again != null) {
                (again.isDisabled() ? enabledBeside(again).orElse(again) : again).requestFocus();
            }
        }
    }

    /**
     * Puts the keyboard focus on the first thing to press in {@code root} (marked {@code first-focus}),
     * so a keypad can start at once. CSS is applied first: a scroll pane's content joins the scene only
     * when its skin exists, and until then the scene would give the focus to whatever it finds first.
     * It is done again after the next pulse, when the scene has moved the focus on from a button that
     * was hidden or removed.
     */
    static void first(Node root) {
        Runnable focus = () -> {
            root.applyCss();
            root.lookupAll(".first-focus").stream()
                    .filter(node -> shown(node) && !node.isDisabled())
                    .findFirst()
                    // with nothing to press (a spinner), the area itself holds the focus: were a hidden
                    // button left with it, the scene would later hand it to whatever comes next
                    .orElse(root)
                    .requestFocus();
        };
        focus.run();
        javafx.application.Platform.runLater(focus);
    }

    /** A control the keypad can press in the same row as {@code node}. */
    private static Optional<Node> enabledBeside(Node node) {
        return node.getParent() == null ? Optional.empty() : node.getParent().getChildrenUnmodifiable().stream()
                .filter(other -> other != node && other.isFocusTraversable() && !other.isDisabled() && shown(other))
                .findFirst();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the scroll pane around a newly focused node so the node is in sight. */
    static void scrollIntoSight(Node focused) {
        for (Node at = focused.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds node = scroll.getContent().sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewHeight = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewHeight) {
                    return;
                }
                double top = scroll.getVvalue() * (contentHeight - viewHeight);
                if (node.getMinY() < top) {
                    scroll.setVvalue(node.getMinY() / (contentHeight - viewHeight));
                } else if (node.getMaxY() > top + viewHeight) {
                    scroll.setVvalue((node.getMaxY() - viewHeight) / (contentHeight - viewHeight));
                }
                return;
            }
        }
    }

    private static boolean isInside(Node node, Parent area) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == area) {
                return true;
            }
        }
        return false;
    }
}
