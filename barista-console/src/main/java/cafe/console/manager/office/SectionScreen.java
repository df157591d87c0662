package cafe.console.manager.office;

import javafx.scene.Node;

/**
 * One part of the back office under its own tab: the menu editor, the day's sales, orders. A section
 * is built when a staff member signs in, opened the first time its tab is chosen (so nothing is asked
 * of the store for a tab nobody looks at), and closed when they sign out.
 */
public interface SectionScreen {

    /** The key of its tab's title in the manager texts. */
    String titleKey();

    /** Builds its view and starts loading; called once, on the FX thread. */
    Node open();

    /** Lets go of subscriptions and listeners; called on sign-out, only if it was opened. */
    void close();

    /**
     * The link to the store is back after it was down: reads again what events may have changed
     * meanwhile (they are not kept for a screen that was away). Called only if it was opened.
     */
    default void storeReached() {
    }
}
