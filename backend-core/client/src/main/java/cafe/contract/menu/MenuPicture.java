package cafe.contract.menu;

/** A picture a manager added: its name and its JPEG or PNG bytes. */
public record MenuPicture(String image, byte[] bytes) {
}
