package cafe.console.bar;

import javafx.scene.input.KeyCode;

/**
 * The keys of a bump bar (which is a keyboard): 1-9 select a ticket, arrows move the cursor,
 * S or Space start, D or Enter ready, P picked up, R recall, X the 86 panel, M the sound.
 * The legend at the bottom of the screen shows the same keys.
 */
final class BumpBarKeys {

    private BumpBarKeys() {
    }

    /** Runs the key's command; false when the key means nothing here. */
    static boolean press(KeyCode key, ConsoleViewModel console) {
        if (key.isDigitKey()) {
            String name = key.getName();
            console.selectSlot(name.charAt(name.length() - 1) - '0');
            return true;
        }
        switch (key) {
            case LEFT, UP -> console.moveSelection(-1);
            case RIGHT, DOWN -> console.moveSelection(1);
            case S, SPACE -> console.startSelected();
            case D, ENTER -> console.readySelected();
            case P -> console.pickUpOldestReady();
            case R -> console.recallLast();
            case X -> console.toggleSoldOutPanel();
            case M -> console.toggleSound();
            case ESCAPE -> console.soldOutOpenProperty().set(false);
            default -> {
                return false;
            }
        }
        return true;
    }
}
