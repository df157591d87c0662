package cafe.terminal.launch;

import cafe.terminal.i18n.Language;
import picocli.CommandLine.Mixin;

/**
 * The command line of a screen customers read, in Korean or English: the shared
 * {@link TerminalOptions} and {@code --lang}. A screen's options extend it with their own.
 */
public abstract class BilingualScreenCommand implements TerminalCommand {

    @Mixin
    private TerminalOptions terminal;
    @Mixin
    private LanguageOption language;

    @Override
    public final TerminalOptions terminal() {
        return terminal;
    }

    @Override
    public final Language language() {
        return language.language();
    }
}
