package cafe.console.manager.menu;

import cafe.client.CafeException;
import cafe.contract.menu.MenuEditProblem;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A refused menu change in the screen's language: the store names the rule and the field
 * ({@link MenuEditProblem}); the rules and fields this screen's form can break have words here, the
 * rest keep the store's own sentence.
 */
final class RefusalWords {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("text-empty", "rule.textEmpty"),
            Map.entry("text-long", "rule.textLong"),
            Map.entry("won-range", "rule.wonRange"),
            Map.entry("seconds-range", "rule.secondsRange"),
            Map.entry("picture-needed", "rule.pictureNeeded"),
            Map.entry("category-not-empty", "rule.categoryNotEmpty"),
            Map.entry("no-options", "rule.noOptions"),
            Map.entry("choice-range", "rule.choiceRange"),
            Map.entry("defaults-range", "rule.defaultsRange"),
            Map.entry("group-in-use", "rule.groupInUse"),
            Map.entry("not-an-image", "rule.notAnImage"),
            Map.entry("picture-heavy", "rule.pictureHeavy"),
            Map.entry("unknown-picture", "rule.unknownPicture"),
            Map.entry("options-shared", "rule.optionsShared"),
            Map.entry("unknown-category", "rule.unknownCategory"),
            Map.entry("unknown-option-group", "rule.unknownOptionGroup"));
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("item.name.ko", "editor.nameKo"),
            Map.entry("item.name.en", "editor.nameEn"),
            Map.entry("item.description.ko", "editor.descriptionKo"),
            Map.entry("item.description.en", "editor.descriptionEn"),
            Map.entry("item.price", "editor.price"),
            Map.entry("item.prepSeconds", "editor.prepSeconds"),
            Map.entry("item.picture", "editor.picture"),
            Map.entry("item.optionGroups", "editor.options"),
            Map.entry("category.name.ko", "editor.categoryNameKo"),
            Map.entry("category.name.en", "editor.categoryNameEn"),
            Map.entry("category.id", "editor.category"),
            Map.entry("group.name.ko", "editor.nameKo"),
            Map.entry("group.name.en", "editor.nameEn"),
            Map.entry("group.options", "groups.title"),
            Map.entry("group.choices", "groups.most"),
            Map.entry("group.defaults", "groups.picked"),
            Map.entry("group.id", "groups.editTitle"),
            Map.entry("option.name.ko", "groups.optionKo"),
            Map.entry("option.name.en", "groups.optionEn"),
            Map.entry("option.price", "groups.priceDelta"));

    private RefusalWords() {
    }

    /** The words for a refused change, when this screen has them. */
    static Optional<String> of(Throwable failure, Texts texts) {
        return CafeException.of(failure)
                .filter(refused -> refused.code() == ErrorCode.MENU_EDIT_REFUSED && refused.details() != null)
                .flatMap(refused -> words(refused.details(), texts));
    }

    private static Optional<String> words(JsonNode problem, Texts texts) {
        String rule = RULES.get(problem.path("rule").asText());
        String field = FIELDS.get(problem.path("field").asText());
        if (rule == null || field == null) {
            return Optional.empty();
        }
        return Optional.of(texts.get(rule, texts.get(field), problem.path("limit").asLong()));
    }
}
