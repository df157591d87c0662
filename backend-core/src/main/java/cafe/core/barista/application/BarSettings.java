package cafe.core.barista.application;

import cafe.core.barista.domain.RecallPolicy;

/** How the bar works: how many baristas share the queue (for wait estimates) and which bumps can be undone. */
public record BarSettings(int baristas, RecallPolicy recall) {

    public BarSettings {
        if (baristas < 1) {
            throw new IllegalArgumentException("at least one barista, was " + baristas);
        }
    }

    /** Two baristas, bumps undone within 15 minutes, the 10 newest. */
    public static BarSettings standard() {
        return new BarSettings(2, RecallPolicy.standard());
    }

    public BarSettings withBaristas(int count) {
        return new BarSettings(count, recall);
    }
}
