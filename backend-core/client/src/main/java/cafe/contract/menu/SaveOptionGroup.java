package cafe.contract.menu;

/** A manager adds an option group (size, milk...) or changes one, matched by id. */
public record SaveOptionGroup(OptionGroup group) {
}
