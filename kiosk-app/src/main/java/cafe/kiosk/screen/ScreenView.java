package cafe.kiosk.screen;

/** A loaded screen's controller: it lets go of the view model when the screen is replaced. */
interface ScreenView {

    void dispose();
}
