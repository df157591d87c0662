package cafe.console.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import org.junit.jupiter.api.Test;

/** The back office's counts as a manager reads them in English: one order, two orders. */
class EnglishCountsTest {

    private final Texts english = Texts.of(ManagerWindow.TEXTS, Language.EN);

    @Test
    void aCountOfOneReadsInTheSingularAndOthersInThePlural() {
        assertThat(english.get("orders.foundCount", 1)).isEqualTo("1 order, newest first.");
        assertThat(english.get("orders.foundCount", 12)).isEqualTo("12 orders, newest first.");
        assertThat(english.get("sales.typeLine", "Take-out", 1, "₩4,500")).isEqualTo("Take-out: 1 order · ₩4,500");
        assertThat(english.get("sales.typeLine", "Take-out", 0, "₩0")).isEqualTo("Take-out: 0 orders · ₩0");
        assertThat(english.get("rule.categoryNotEmpty", "Tea", 1L))
                .isEqualTo("Tea still has 1 item: move it or take it off the menu first.");
        assertThat(english.get("rule.categoryNotEmpty", "Tea", 3L)).isEqualTo("Tea still has 3 items: move them or take them off the menu first.");
        assertThat(english.get("prep.overall", 1, "2:00", "2:00", "3:00", "3:00")).startsWith("1 ticket ·");
        assertThat(english.get("prep.overall", 0, "0:00", "0:00", "0:00", "0:00")).startsWith("0 tickets ·");
        assertThat(english.get("rule.choiceRange", "Most a customer picks", 1L))
                .startsWith("Most a customer picks: a customer can pick at most 1 option here");
        assertThat(english.get("rule.choiceRange", "Most a customer picks", 4L)).contains("at most 4 options here");
        assertThat(english.get("signin.wrongPin", "Lee Jun", 1))
                .isEqualTo("That is not Lee Jun's PIN. 1 more try before a short wait.");
    }
}
