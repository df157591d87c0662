package cafe.console.bar;

/** How long a ticket has waited since payment, as the colour of its header. */
public enum AgeLevel {
    FRESH, WARNING, LATE
}
