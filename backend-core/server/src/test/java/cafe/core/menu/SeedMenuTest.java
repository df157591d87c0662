package cafe.core.menu;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.wire.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The menu a new store starts with: a kiosk must be able to show and sell every item in it. */
class SeedMenuTest {

    private static final String SEED_MENU = "/cafe/core/menu/seed-menu.json";
    private static final int MAX_IMAGE_BYTES = 60 * 1024;

    private static Menu menu;

    @BeforeAll
    static void readSeedMenu() throws IOException {
        try (InputStream in = SeedMenuTest.class.getResourceAsStream(SEED_MENU)) {
            assertThat(in).as(SEED_MENU + " on the class path").isNotNull();
            menu = Json.newMapper().readValue(in, Menu.class);
        }
    }

    @Test
    void holdsAFullCafeMenu() {
        assertThat(menu.version()).isEqualTo(1);
        assertThat(menu.items()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(menu.categories()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(menu.categories()).allSatisfy(c -> assertThat(menu.itemsIn(c.id())).as(c.id()).isNotEmpty());
    }

    @Test
    void idsAreUnique() {
        assertThat(menu.categories()).extracting(MenuCategory::id).doesNotHaveDuplicates();
        assertThat(menu.items()).extracting(MenuItem::id).doesNotHaveDuplicates();
        assertThat(menu.optionGroups()).extracting(OptionGroup::id).doesNotHaveDuplicates();
        List<String> optionIds = menu.optionGroups().stream()
                .flatMap(g -> g.options().stream()).map(MenuOption::id).toList();
        assertThat(optionIds).doesNotHaveDuplicates();
    }

    @Test
    void everyNameIsGivenInKoreanAndEnglish() {
        menu.categories().forEach(c -> assertNamed(c.id(), c.name()));
        menu.optionGroups().forEach(g -> assertNamed(g.id(), g.name()));
        menu.optionGroups().stream().flatMap(g -> g.options().stream()).forEach(o -> assertNamed(o.id(), o.name()));
        menu.items().forEach(i -> {
            assertNamed(i.id(), i.name());
            assertNamed(i.id() + " description", i.description());
        });
    }

    @Test
    void pricesAreWholeHundredsOfWon() {
        assertThat(menu.items()).allSatisfy(i -> {
            assertThat(i.basePriceWon()).as(i.id()).isPositive();
            assertThat(i.basePriceWon() % 100).as(i.id() + " price in hundreds of won").isZero();
        });
        assertThat(menu.optionGroups().stream().flatMap(g -> g.options().stream())).allSatisfy(o -> {
            assertThat(o.priceDeltaWon()).as(o.id()).isNotNegative();
            assertThat(o.priceDeltaWon() % 100).as(o.id() + " price in hundreds of won").isZero();
        });
    }

    @Test
    void itemsReferToCategoriesGroupsAndItemsThatExist() {
        Set<String> categoryIds = ids(menu.categories(), MenuCategory::id);
        Set<String> groupIds = ids(menu.optionGroups(), OptionGroup::id);
        Set<String> itemIds = ids(menu.items(), MenuItem::id);
        assertThat(menu.items()).allSatisfy(i -> {
            assertThat(categoryIds).as(i.id() + " category").contains(i.categoryId());
            assertThat(groupIds).as(i.id() + " option groups").containsAll(i.optionGroupIds());
            assertThat(i.optionGroupIds()).as(i.id() + " option groups").doesNotHaveDuplicates();
            assertThat(itemIds).as(i.id() + " suggestions").containsAll(i.suggestedItemIds());
            assertThat(i.suggestedItemIds()).as(i.id() + " suggests itself").doesNotContain(i.id());
        });
    }

    @Test
    void everyItemIsOnSaleWithAPrepTime() {
        assertThat(menu.items()).allSatisfy(i -> {
            assertThat(i.available()).as(i.id()).isTrue();
            assertThat(i.prepSeconds()).as(i.id()).isBetween(10, 300);
        });
    }

    @Test
    void optionGroupsCanBeSatisfiedByTheirDefaults() {
        assertThat(menu.optionGroups()).allSatisfy(g -> {
            assertThat(g.options()).as(g.id()).isNotEmpty();
            assertThat(g.minChoices()).as(g.id() + " min").isNotNegative().isLessThanOrEqualTo(g.maxChoices());
            assertThat(g.maxChoices()).as(g.id() + " max").isPositive().isLessThanOrEqualTo(g.options().size());
            assertThat(g.defaults().size()).as(g.id() + " defaults").isBetween(g.minChoices(), g.maxChoices());
        });
    }

    @Test
    void singleChoiceGroupsHaveOneDefault() {
        List<OptionGroup> singleChoice = menu.optionGroups().stream()
                .filter(g -> g.minChoices() == 1 && g.maxChoices() == 1).toList();
        assertThat(singleChoice).extracting(OptionGroup::id).contains("size", "temperature", "milk");
        assertThat(singleChoice).allSatisfy(g -> assertThat(g.defaults()).as(g.id()).hasSize(1));
    }

    @Test
    void everyItemHasItsPictureOnTheClassPath() throws IOException {
        for (MenuItem item : menu.items()) {
            assertThat(item.image()).isEqualTo(item.id() + ".png");
            try (InputStream in = MenuItem.class.getResourceAsStream(item.imageResource())) {
                assertThat(in).as(item.imageResource()).isNotNull();
                byte[] png = in.readAllBytes();
                assertThat(png.length).as(item.image() + " bytes").isLessThan(MAX_IMAGE_BYTES);
                BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(picture).as(item.image() + " decodes").isNotNull();
                assertThat(picture.getWidth()).as(item.image() + " is square").isEqualTo(picture.getHeight());
            }
        }
    }

    private static void assertNamed(String what, LocalizedText text) {
        assertThat(text.ko()).as(what + " (ko)").isNotBlank();
        assertThat(text.en()).as(what + " (en)").isNotBlank();
    }

    private static <T> Set<String> ids(Collection<T> things, Function<T, String> id) {
        return things.stream().map(id).collect(Collectors.toSet());
    }
}
