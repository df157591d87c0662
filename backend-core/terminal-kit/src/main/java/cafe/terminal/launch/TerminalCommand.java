package cafe.terminal.launch;

import cafe.terminal.i18n.Language;

/**
 * A screen's command line, as its launcher declares it with picocli: the shared
 * {@link TerminalOptions} (a {@code @Mixin}) and the screen's own options.
 */
public interface TerminalCommand {

    TerminalOptions terminal();

    /** The language the screen starts in, and the one its staff PIN pad speaks. */
    default Language language() {
        return Language.KO;
    }
}
