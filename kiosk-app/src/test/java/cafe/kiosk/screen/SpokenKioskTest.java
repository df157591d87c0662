package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.speech.Utterance;
import cafe.kiosk.testing.KioskStage;
import cafe.kiosk.testing.OneStorePerClass;
import cafe.terminal.i18n.Texts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A customer who cannot see the screen orders with the keypad alone and hears the whole way, in
 * Korean or English: the keys, each screen, each control moved onto (name, price, state), the cart,
 * the payment and its decline, and the order number twice. Every control one can move onto has a
 * name a screen reader can read.
 */
class SpokenKioskTest extends OneStorePerClass {

    private KioskStage kiosk;

    @AfterEach
    void closeTheKiosk() {
        kiosk.close();
    }

    static Stream<Texts> languages() {
        return Stream.of(KioskTexts.korean(), KioskTexts.english());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theWholeKeypadOrderIsSpokenInTheKiosksLanguage(Texts texts) throws Exception {
        kiosk = KioskStage.open(store, texts, 1080, 1920);
        assertThat(kiosk.speech().said()).as("silent until accessible mode").isEmpty();

        kiosk.keyTo("accessible-button");
        heard(texts.get("speech.keys"));
        heard(texts.get("speech.screen.start"));
        everyControlHasAName();

        kiosk.keyTo("start-dine-in");
        heard(texts.get("speech.screen.menu"));
        everyControlHasAName();
        kiosk.keyTo("category-latte").keyTo("item-cafe-latte");
        heard(texts.won(5_000));
        everyControlHasAName();
        kiosk.keyTo("option-temp-iced");
        heard(texts.get("speech.selected"));
        kiosk.keyTo("option-size-large").keyTo("item-add");
        heard(texts.get("speech.added", 1, texts.won(5_500)));

        kiosk.keyTo("cart-button");
        heard(texts.get("speech.screen.cart", 1, texts.won(5_500)));
        everyControlHasAName();
        kiosk.press(KeyCode.MULTIPLY);
        assertThat(kiosk.speech().last().text()).as("* says the last words again")
                .isEqualTo(kiosk.speech().said().get(kiosk.speech().said().size() - 2).text());
        kiosk.press(KeyCode.ADD);
        assertThat(kiosk.speech().last().voice().volume()).isGreaterThan(100);

        kiosk.keyTo("pay-button");
        heard(texts.get("speech.screen.payment"));
        everyControlHasAName();
        kiosk.keyTo("card-decline");
        kiosk.untilFocused("pay-another");
        heard(texts.get("pay.declined.title"));
        heard(texts.get("pay.reason.CARD_DECLINED"));
        kiosk.keyTo("pay-another").keyTo("card-approve");

        kiosk.until(() -> kiosk.visible("contact-keyboard"));
        heard(texts.get("speech.screen.contact"));
        kiosk.keyTo("contact-email");
        heard(texts.get("contact.email") + ", " + texts.get("speech.selected"));
        kiosk.keyTo("contact-key-at");
        heard(texts.get("contact.say.at"));
        kiosk.press(KeyCode.DOWN);
        kiosk.untilFocused("contact-key-underscore");
        heard(texts.get("contact.say.underscore"));
        kiosk.press(KeyCode.ENTER);
        kiosk.keyTo("contact-key-read");
        heard(texts.get("contact.said", texts.get("contact.say.at") + ", " + texts.get("contact.say.underscore")));
        kiosk.keyTo("contact-key-naver");
        heard(texts.get("contact.say.naver"));
        everyControlHasAName();
        kiosk.skipContact();
        String number = String.valueOf(kiosk.call(() -> kiosk.viewModel().doneScreen().paidOrderProperty().get().orderNumber()));
        heard(texts.get("speech.screen.done", number) + " " + texts.get("speech.done.again", number));
        everyControlHasAName();
        Locale spoken = texts.locale();
        assertThat(kiosk.speech().said()).extracting(Utterance::language).containsOnly(spoken);
    }

    @Test
    void theStarKeyTurnsTheSpokenGuideOnForACustomerWhoCannotSeeTheEasyModeButton() throws Exception {
        kiosk = KioskStage.open(store, KioskTexts.korean(), 1080, 1920);

        kiosk.press(KeyCode.MULTIPLY);

        heard(KioskTexts.korean().get("speech.keys"));
        heard(KioskTexts.korean().get("speech.screen.start"));
        assertThat(kiosk.call(() -> kiosk.viewModel().accessibleProperty().get())).isTrue();
    }

    @Test
    void anOptionPickedAndAQuantityChangedUnderTheFocusAreSaidAtOnce() throws Exception {
        Texts texts = KioskTexts.korean();
        kiosk = KioskStage.open(store, texts, 1080, 1920);
        kiosk.press(KeyCode.MULTIPLY);
        kiosk.keyTo("start-dine-in").keyTo("category-latte").keyTo("item-cafe-latte");
        heard(texts.won(5_000));

        kiosk.keyTo("option-temp-iced");
        await().atMost(KioskStage.PATIENCE).untilAsserted(() -> assertThat(kiosk.speech().last().text())
                .as("the press that picked it").endsWith(", " + texts.get("speech.selected")));

        kiosk.keyTo("item-more");
        String twoAtTheirPrice = texts.get("speech.more") + ", " + texts.get("speech.quantity", "2", texts.won(10_000));
        heard(twoAtTheirPrice);
        assertThat(kiosk.speech().texts()).as("said once, and never with the price of one")
                .filteredOn(said -> said.contains(texts.get("speech.quantity", "2", ""))).containsExactly(twoAtTheirPrice);
    }

    private void heard(String words) {
        await().atMost(KioskStage.PATIENCE).untilAsserted(() -> assertThat(kiosk.speech().texts())
                .as("what the kiosk said").anyMatch(said -> said.contains(words)));
    }

    /** What Tab can reach, the announcer and a screen reader can name. */
    private void everyControlHasAName() {
        kiosk.settle();
        List<String> nameless = kiosk.call(() -> kiosk.node("kiosk").getScene().getRoot().lookupAll("*").stream()
                .filter(Node::isFocusTraversable)
                .filter(KioskStage::shown)
                .filter(node -> SpokenControl.name(node).isBlank())
                .map(node -> node.getClass().getSimpleName() + "#" + node.getId())
                .toList());
        assertThat(nameless).as("controls without a spoken name").isEmpty();
    }
}
