package cafe.contract.menu;

import cafe.contract.LocalizedText;
import java.util.List;

/**
 * Something a customer can order. Prices are whole won. {@code image} names a picture bundled in
 * {@code cafe/contract/menu/images/} on the class path, or one a manager added ({@link #isAddedPicture}),
 * which terminals ask the store for ({@link GetPicture}). {@code prepSeconds} is the bar's usual time
 * to make one, used for wait estimates.
 */
public record MenuItem(String id, String categoryId, LocalizedText name, LocalizedText description,
                       long basePriceWon, List<String> optionGroupIds, String image, boolean available,
                       int prepSeconds, List<String> suggestedItemIds) {

    public static final String IMAGE_FOLDER = "/cafe/contract/menu/images/";
    /** How the name of a picture a manager added begins. */
    public static final String ADDED_PICTURE_PREFIX = "added-";

    public MenuItem {
        optionGroupIds = List.copyOf(optionGroupIds);
        suggestedItemIds = List.copyOf(suggestedItemIds);
    }

    /** Whether a picture name is one a manager added rather than one bundled with the programs. */
    public static boolean isAddedPicture(String image) {
        return image != null && image.startsWith(ADDED_PICTURE_PREFIX);
    }

    /** The class-path resource of this item's picture. */
    public String imageResource() {
        return IMAGE_FOLDER + image;
    }

    /**
     * The class-path resource of this item's picture with an option picked, named for the option
     * ({@code americano-temp-iced.png}); it is drawn for some options only (hot or iced), so look
     * before use and fall back on {@link #imageResource()}.
     */
    public String imageResource(String optionId) {
        int dot = image.lastIndexOf('.');
        String stem = dot < 0 ? image : image.substring(0, dot);
        return IMAGE_FOLDER + stem + "-" + optionId + (dot < 0 ? "" : image.substring(dot));
    }

    public MenuItem withAvailable(boolean nowAvailable) {
        return new MenuItem(id, categoryId, name, description, basePriceWon, optionGroupIds, image,
                nowAvailable, prepSeconds, suggestedItemIds);
    }
}
