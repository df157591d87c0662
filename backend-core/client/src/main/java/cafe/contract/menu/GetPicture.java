package cafe.contract.menu;

/** A kiosk asks for a picture a manager added, by the name an item gives it. */
public record GetPicture(String image) {
}
