package cafe.console.manager.menu;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.console.manager.ManagerWindow;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** A refused menu change is said in the screen's language, not in the store's English sentence. */
class RefusalWordsTest {

    private static final Texts KOREAN = Texts.of(ManagerWindow.TEXTS, Language.KO);
    private static final Texts ENGLISH = Texts.of(ManagerWindow.TEXTS, Language.EN);

    @Test
    void optionGroupsSharingAnOptionAreExplainedInTheManagersLanguage() {
        CafeException refused = refusal("options-shared", "item.optionGroups");

        assertThat(RefusalWords.of(refused, KOREAN)).hasValueSatisfying(words ->
                assertThat(words).startsWith("선택 옵션: ").contains("ID"));
        assertThat(RefusalWords.of(refused, ENGLISH)).hasValueSatisfying(words ->
                assertThat(words).startsWith("Options offered: two of the option groups"));
    }

    @Test
    void aCategoryAnotherManagerTookOffIsNamedSo() {
        assertThat(RefusalWords.of(refusal("unknown-category", "category.id"), ENGLISH)).hasValueSatisfying(words ->
                assertThat(words).contains("is no longer on the menu"));
    }

    private static CafeException refusal(String rule, String field) {
        return new CafeException(ErrorCode.MENU_EDIT_REFUSED, "the store's English sentence",
                JsonNodeFactory.instance.objectNode().put("rule", rule).put("field", field));
    }
}
