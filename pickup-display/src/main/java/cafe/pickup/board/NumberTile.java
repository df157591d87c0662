package cafe.pickup.board;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A tile on the board: one order number, or the "+N more" tile that ends an overflowing column. */
final class NumberTile extends StackPane {

    private NumberTile(String orderId) {
        getStyleClass().add("tile");
        setUserData(orderId);
    }

    static NumberTile of(ShownNumber number) {
        NumberTile tile = new NumberTile(number.orderId());
        if (number.newest()) {
            tile.getStyleClass().add("newest");
        }
        tile.getChildren().add(label(number.label(), "number"));
        return tile;
    }

    static NumberTile more(String count, String caption) {
        NumberTile tile = new NumberTile(null);
        tile.getStyleClass().add("more");
        VBox lines = new VBox(label(count, "number"), label(caption, "more-caption"));
        lines.getStyleClass().add("more-lines");
        tile.getChildren().add(lines);
        return tile;
    }

    boolean shows(String orderId) {
        return orderId != null && orderId.equals(getUserData());
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
