package cafe.contract.menu;

/**
 * Why a manager's menu change was refused, for a screen to say in its own language: the {@code rule}
 * (such as "text-empty" or "won-range"), the {@code field} it concerns (such as "item.name.en" or
 * "price") and the {@code limit} that applies, if any. The details of a MENU_EDIT_REFUSED reply.
 */
public record MenuEditProblem(String rule, String field, Long limit) {
}
