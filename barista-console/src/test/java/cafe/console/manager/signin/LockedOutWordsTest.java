package cafe.console.manager.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.console.manager.ManagerWindow;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sign-in's wait after wrong PINs, as a manager reads it in English: one second, one minute, two minutes. */
class LockedOutWordsTest {

    private final Texts english = Texts.of(ManagerWindow.TEXTS, Language.EN);

    @Test
    void aWaitReadsInTheSingularOrThePlural() {
        assertThat(wait(Duration.ofSeconds(1))).isEqualTo("Too many wrong PINs for Lee Jun. Try again in 1 second.");
        assertThat(wait(Duration.ofSeconds(30))).isEqualTo("Too many wrong PINs for Lee Jun. Try again in 30 seconds.");
        assertThat(wait(Duration.ofSeconds(60))).isEqualTo("Too many wrong PINs for Lee Jun. Try again in 1 minute.");
        assertThat(wait(Duration.ofMinutes(4))).isEqualTo("Too many wrong PINs for Lee Jun. Try again in 4 minutes.");
    }

    private String wait(Duration left) {
        return english.waiting("signin.locked.seconds", "signin.locked.minutes", left, "Lee Jun");
    }
}
