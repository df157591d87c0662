package cafe.console.manager.menu;

/** Numbers as a manager types them into a form: digits with or without thousands commas. */
final class Typed {

    private Typed() {
    }

    /**
     * The whole number typed; anything else is refused with the key of the words that say so (as
     * the exception's message), for the form to show.
     */
    static long wholeNumber(String typed, String problemKey) {
        String digits = typed.replace(",", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problemKey, e);
        }
    }
}
