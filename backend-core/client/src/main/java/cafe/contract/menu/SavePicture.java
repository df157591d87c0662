package cafe.contract.menu;

/**
 * A manager adds a picture for the menu: a JPEG or PNG small enough for one request (the manager
 * screen shrinks a photo to the kiosk's size first). Answered with the name items then use.
 */
public record SavePicture(byte[] bytes) {
}
