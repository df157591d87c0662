package cafe.terminal.menu;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownMenuTest {

    private final ShownMenu shown = new ShownMenu();

    @Test
    void anEventNoNewerThanTheMenuShownChangesNothing() {
        shown.heard(menu(5, "coffee"));

        assertThat(shown.heard(menu(4, "tea"))).isEmpty();
        assertThat(shown.heard(menu(5, "tea"))).isEmpty();
        assertThat(shown.heard(menu(6, "tea"))).contains(menu(6, "tea"));
    }

    @Test
    void aReadReplacesANewerMenuOrOneOfItsNumberSinceARestoredStoreCountsLower() {
        shown.heard(menu(5, "coffee"));
        shown.readAsked();

        assertThat(shown.read(menu(2, "coffee"))).contains(menu(2, "coffee"));
        shown.readAsked();
        assertThat(shown.read(menu(2, "tea"))).contains(menu(2, "tea"));
        shown.readAsked();
        assertThat(shown.read(menu(2, "tea"))).as("the one shown").isEmpty();
    }

    @Test
    void aMenuHeardWhileTheReadWasUnderWayWinsOverAnOlderReadEvenIfItWasNotShown() {
        shown.heard(menu(100, "before the restore"));
        shown.readAsked();
        assertThat(shown.heard(menu(51, "changed while reading"))).isEmpty();

        assertThat(shown.read(menu(50, "restored"))).contains(menu(51, "changed while reading"));
    }

    private static Menu menu(long version, String category) {
        return new Menu(version, List.of(new MenuCategory(category, new LocalizedText(category, category), 1)),
                List.of(), List.of());
    }
}
