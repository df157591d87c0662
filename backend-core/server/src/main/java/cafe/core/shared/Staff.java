package cafe.core.shared;

/** The staff member a manager's command comes from, as their signed pass says. */
public record Staff(String id, String name) {

    @Override
    public String toString() {
        return id;
    }
}
