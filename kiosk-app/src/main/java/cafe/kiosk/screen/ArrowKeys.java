package cafe.kiosk.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The arrow keys move the focus to the nearest control in their direction, the same for every
 * control: JavaFX's toggle buttons swallow the arrows unless they belong to a toggle group, so a
 * keypad user could not go up from one row of options to the one above.
 */
final class ArrowKeys {

    /** Sideways distance counts this much more than distance along the way. */
    private static final double ACROSS_WEIGHT = 2;

    private ArrowKeys() {
    }

    /** Handles the arrows for every control under {@code root}. */
    static void follow(Parent root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            Node from = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (from != null && isArrow(key.getCode())) {
                nearest(root, from, key.getCode()).ifPresent(next -> {
                    next.requestFocus();
                    key.consume();
                });
            }
        });
    }

    private static boolean isArrow(KeyCode code) {
        return code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT;
    }

    private static Optional<Node> nearest(Parent root, Node from, KeyCode way) {
        Bounds here = from.localToScene(from.getLayoutBounds());
        List<Node> controls = new ArrayList<>();
        collect(root, controls);
        return controls.stream().filter(node -> node != from)
                .filter(node -> distance(here, node.localToScene(node.getLayoutBounds()), way) >= 0)
                .min(Comparator.comparingDouble(node -> distance(here, node.localToScene(node.getLayoutBounds()), way)));
    }

    /**
     * How far {@code to} lies from {@code here} going {@code way}, or -1 if it does not lie that way.
     * Which way a control lies is judged by its centre, so neighbours that overlap a little (a tile
     * taller than its cell, a focus ring) still count; the distance is the gap between the edges.
     */
    private static double distance(Bounds here, Bounds to, KeyCode way) {
        double ahead = switch (way) {
            case UP -> here.getCenterY() - to.getCenterY();
            case DOWN -> to.getCenterY() - here.getCenterY();
            case LEFT -> here.getCenterX() - to.getCenterX();
            default -> to.getCenterX() - here.getCenterX();
        };
        double along = switch (way) {
            case UP -> here.getMinY() - to.getMaxY();
            case DOWN -> to.getMinY() - here.getMaxY();
            case LEFT -> here.getMinX() - to.getMaxX();
            default -> to.getMinX() - here.getMaxX();
        };
        boolean vertical = way == KeyCode.UP || way == KeyCode.DOWN;
        double across = vertical ? gap(here.getMinX(), here.getMaxX(), to.getMinX(), to.getMaxX())
                : gap(here.getMinY(), here.getMaxY(), to.getMinY(), to.getMaxY());
        return ahead < 1 ? -1 : Math.max(0, along) + ACROSS_WEIGHT * across;
    }

    private static double gap(double fromMin, double fromMax, double toMin, double toMax) {
        return Math.max(0, Math.max(toMin - fromMax, fromMin - toMax));
    }

    private static void collect(Node node, List<Node> controls) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof ButtonBase && node.isFocusTraversable()) {
            controls.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, controls));
        }
    }
}
