package cafe.console.manager.menu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids a kiosk keeps for a new item or category, made from its English name: "Yuja Tea" -> yuja-tea. */
final class ItemIds {

    private static final int MOST_CHARS = 36;

    private ItemIds() {
    }

    /** A new id from the name, with -2, -3... when it is taken; "item" when the name has no letters. */
    static String fresh(String englishName, Set<String> taken) {
        String ascii = Normalizer.normalize(englishName == null ? "" : englishName, Normalizer.Form.NFD)
                .replaceAll("[^\\p{ASCII}]", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        base = base.isEmpty() ? "item" : base.substring(0, Math.min(base.length(), MOST_CHARS));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
