package cafe.console.soldout;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.console.fake.FakeBar;
import cafe.terminal.testing.MutableClock;
import cafe.contract.menu.Menu;
import cafe.contract.menu.SetAvailability;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class SoldOutViewModelTest {

    private final FakeBar bar = new FakeBar(MutableClock.at("2025-05-02T01:00:00Z"));
    private final List<String> failures = new ArrayList<>();
    private final SoldOutViewModel panel = new SoldOutViewModel(bar, Runnable::run,
            (item, failure) -> failures.add(item.itemId()));

    @Test
    void togglingAnItemAsksTheServerAndShowsItsAnswer() {
        panel.reload();

        panel.toggle(item("latte"));

        assertThat(bar.calls()).contains("setAvailability latte false");
        assertThat(item("latte").isAvailable()).isFalse();
        assertThat(panel.soldOutCountProperty().get()).isEqualTo(1);
    }

    @Test
    void anOlderMenuNeverReplacesANewerOne() {
        Menu first = bar.currentMenu();
        panel.reload();
        panel.toggle(item("latte"));

        panel.apply(first);

        assertThat(item("latte").isAvailable()).isFalse();
    }

    @Test
    void aMenuReadFromAStoreRestoredFromABackupReplacesTheNewerOneShown() {
        Menu backup = bar.currentMenu();
        panel.reload();
        panel.toggle(item("latte"));
        bar.restoredMenu(backup);

        panel.reload();

        assertThat(item("latte").isAvailable()).isTrue();
        panel.toggle(item("latte"));
        assertThat(item("latte").isAvailable()).as("the answer to the next change is shown").isFalse();
    }

    @Test
    void aFailedChangeIsReportedAndLeavesTheItemAsItWas() {
        panel.reload();
        bar.online(false);

        panel.toggle(item("latte"));

        assertThat(failures).containsExactly("latte");
        assertThat(item("latte").isAvailable()).isTrue();
        assertThat(item("latte").busyProperty().get()).isFalse();
    }

    @Test
    void aMenuEventUpdatesTheItemsShownInPlace() {
        panel.reload();
        SoldOutItem latte = item("latte");
        List<SoldOutItem> shown = new ArrayList<>(panel.items());
        List<String> listChanges = new ArrayList<>();
        panel.items().addListener((ListChangeListener<SoldOutItem>) c -> listChanges.add("changed"));

        panel.apply(bar.setAvailability(new SetAvailability("latte", false)).join());

        assertThat(item("latte")).isSameAs(latte);
        assertThat(latte.isAvailable()).isFalse();
        assertThat(panel.items()).containsExactlyElementsOf(shown);
        assertThat(listChanges).as("no item came or went").isEmpty();
    }

    @Test
    void itemsAreListedByCategoryInTheKiosksOrder() {
        panel.reload();

        assertThat(panel.items()).extracting(i -> i.category().en()).startsWith("Coffee").endsWith("Dessert");
    }

    private SoldOutItem item(String id) {
        return panel.items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
    }
}
