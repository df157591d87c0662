package cafe.console.bar;

import java.util.EnumSet;
import java.util.Set;
import javafx.scene.input.KeyCode;

/**
 * The keys of a bump bar (which is a keyboard): 1-9 select a ticket, arrows move the cursor,
 * S or Space start, D or Enter ready, P picked up, R recall, X the 86 panel, M the sound.
 * The legend at the bottom of the screen shows the same keys. A key held down acts once: the
 * keyboard's repeat would otherwise bump one ticket after another. Only the arrows repeat.
 */
final class BumpBarKeys {

    private static final Set<KeyCode> BACK = EnumSet.of(KeyCode.LEFT, KeyCode.UP, KeyCode.KP_LEFT, KeyCode.KP_UP);
    private static final Set<KeyCode> COMMANDS = EnumSet.of(KeyCode.S, KeyCode.SPACE, KeyCode.D, KeyCode.ENTER,
            KeyCode.P, KeyCode.R, KeyCode.X, KeyCode.M, KeyCode.ESCAPE);

    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
    private final ConsoleViewModel console;

    BumpBarKeys(ConsoleViewModel console) {
        this.console = console;
    }

    /** Runs the key's command, unless it is a repeat of a key held down; false when the key means nothing here. */
    boolean pressed(KeyCode key) {
        if (key.isArrowKey()) {
            console.moveSelection(BACK.contains(key) ? -1 : 1);
            return true;
        }
        if (!held.add(key)) {
            return key.isDigitKey() || COMMANDS.contains(key);
        }
        return run(key);
    }

    void released(KeyCode key) {
        held.remove(key);
    }

    /** The window lost the keyboard: a key let go meanwhile is never reported. */
    void letGoOfAll() {
        held.clear();
    }

    private boolean run(KeyCode key) {
        if (key.isDigitKey()) {
            String name = key.getName();
            console.selectSlot(name.charAt(name.length() - 1) - '0');
            return true;
        }
        switch (key) {
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
