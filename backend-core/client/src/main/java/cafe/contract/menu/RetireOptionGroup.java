package cafe.contract.menu;

/** A manager takes an option group off the menu; refused while any item still offers it. */
public record RetireOptionGroup(String groupId) {
}
