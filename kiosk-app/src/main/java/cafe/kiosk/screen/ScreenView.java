package cafe.kiosk.screen;

/** A loaded screen's controller: it lets go of the view model when the screen is replaced. */
interface ScreenView {

    /** Ends what the view follows beyond bindings (lists it redraws); bindings go with the nodes. */
    default void dispose() {
    }
}
