package cafe.terminal.launch;

import cafe.terminal.i18n.Language;
import picocli.CommandLine.Option;

/** The {@code --lang ko|en} option of a screen that speaks both (a picocli mixin). */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "ko|en", converter = LanguageConverter.class,
            description = "The language the screen starts in: ko (default) or en.")
    private Language language = Language.KO;

    public Language language() {
        return language;
    }

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return switch (value) {
                case "ko" -> Language.KO;
                case "en" -> Language.EN;
                default -> throw new picocli.CommandLine.TypeConversionException("must be ko or en, not '" + value + "'");
            };
        }
    }
}
