package cafe.kiosk.screen;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.Parent;

/**
 * Redraws part of a screen without losing the keyboard focus: a keypad user who pressed "+" on a
 * cart line stays on that "+" although the line was drawn anew.
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
                again.requestFocus();
            }
        }
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
