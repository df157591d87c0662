package cafe.contract.menu;

/** The name a saved picture goes by in {@link MenuItem#image()}: the same picture, the same name. */
public record PictureSaved(String image) {
}
