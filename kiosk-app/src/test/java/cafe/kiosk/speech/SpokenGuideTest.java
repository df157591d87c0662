package cafe.kiosk.speech;

import static cafe.kiosk.testing.Menus.CROISSANT;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.contract.order.CartProblem;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.OpenKiosk;
import cafe.terminal.i18n.Texts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In accessible mode, what holds the customer back is said as it appears, as it is shown: a
 * customer who cannot see the screen hears why the cart will not pay, why the item will not go in,
 * that the payment waits, and that the store is away and back.
 */
class SpokenGuideTest {

    private final Texts texts = KioskTexts.english();
    private final OpenKiosk open = OpenKiosk.open(texts).atTheMenu();
    private final RecordingSpeech speech = new RecordingSpeech();

    @BeforeEach
    void speakForTheKiosk() {
        SpokenGuide.attach(open.kiosk, new Announcer(speech, () -> Locale.ENGLISH));
        open.kiosk.frame().toggleAccessible();
    }

    @Test
    void aCartTheStoreRefusedIsSaidWithItsBannerAndEachMarkedLineWithItsProblem() throws Exception {
        open.add(CROISSANT);
        open.kiosk.menuScreen().showCart();
        open.kiosk.cartScreen().pay();
        open.kiosk.paymentScreen().present(SimulatedCard.APPROVE);
        var details = new ObjectMapper().valueToTree(List.of(new CartProblem(0, "croissant", "SOLD_OUT", 0)));

        open.store.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.ITEM_SOLD_OUT, "sold out",
                details));

        assertThat(speech.last().text()).startsWith("Your cart: 1 item").endsWith(texts.get("notice.cart.soldout"));
        assertThat(speech.texts()).as("said once, with the cart it came with")
                .filteredOn(said -> said.contains(texts.get("notice.cart.soldout"))).hasSize(1);
    }

    @Test
    void whyAnItemWillNotGoInIsSaidAsTheDialogShowsIt() {
        open.kiosk.menuScreen().open(CROISSANT);
        for (int i = 1; i < 15; i++) {
            open.kiosk.itemDialog().more();
        }
        open.kiosk.itemDialog().add();
        open.kiosk.menuScreen().open(CROISSANT);
        for (int i = 1; i < 10; i++) {
            open.kiosk.itemDialog().more();
        }

        assertThat(speech.texts()).contains(texts.get("item.limit.one", 20, 15));
    }

    @Test
    void aPaymentWaitingForTheStoreAndThenForStaffIsSaid() {
        open.add(CROISSANT);
        open.kiosk.menuScreen().showCart();
        open.kiosk.cartScreen().pay();
        open.kiosk.paymentScreen().present(SimulatedCard.APPROVE);

        open.store.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        assertThat(speech.last().text()).isEqualTo(texts.get("pay.waiting.store"));
        open.pass(Duration.ofSeconds(91));

        assertThat(speech.texts()).contains(texts.get("pay.askstaff"));
    }

    @Test
    void aNumberTheContactStepCannotUseIsSaidWhenSendIsPressedAndSoIsAStoreThatDoesNotAnswer() {
        open.add(CROISSANT);
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 104);
        open.paid(104);
        open.kiosk.contactScreen().type("123");

        open.kiosk.contactScreen().send();
        assertThat(speech.last().text()).isEqualTo(texts.get("contact.invalid.phone"));

        open.kiosk.contactScreen().type("45678901");
        open.kiosk.contactScreen().send();
        open.store.contactAnswers.get(0).completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        assertThat(speech.last().text()).isEqualTo(texts.get("contact.failed"));
    }

    @Test
    void theStoreOutOfReachIsSaidAndSoIsItsReturn() {
        open.link.set(ConnectionState.RECONNECTING);
        assertThat(speech.last().text()).isEqualTo(open.kiosk.frame().offlineTitle().get() + " "
                + texts.get("offline.text"));

        open.link.set(ConnectionState.CONNECTED);

        assertThat(speech.last().text()).isEqualTo(texts.get("speech.storeBack") + " "
                + texts.get("speech.screen.menu"));
    }
}
