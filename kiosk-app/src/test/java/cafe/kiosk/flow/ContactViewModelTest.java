package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.OpenKiosk;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactViewModelTest {

    private final OpenKiosk open = OpenKiosk.open().atTheMenu().add(LATTE);
    private final ContactViewModel contact = open.kiosk.contactScreen();

    @BeforeEach
    void pay() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 104);
        open.paid(104);
    }

    @Test
    void afterPaymentTheContactStepComesBeforeTheNumber() {
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CONTACT);
        assertThat(contact.countdown().get()).isEqualTo("25초 뒤에 주문 번호가 나옵니다");
    }

    @Test
    void aPhoneNumberGoesToTheStoreAndTheNumberFollowsOnceItIsTaken() {
        contact.typedProperty().set(" 010-1234-5678 ");
        contact.send();

        assertThat(open.store.contactsLeft).containsExactly(OpenKiosk.ORDER + " 010-1234-5678");
        assertThat(contact.sendingProperty().get()).isTrue();
        open.store.contactAnswers.get(0).complete(null);

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
    }

    @Test
    void somethingThatIsNeitherIsRefusedAtOnceWithHowToWriteOne() {
        contact.typedProperty().set("minji at home");
        contact.send();

        assertThat(open.store.contactsLeft).isEmpty();
        assertThat(contact.problemProperty().get()).contains("010-1234-5678", "name@example.com");
        contact.typedProperty().set("minji@example.com");
        assertThat(contact.problemProperty().get()).as("typing clears the message").isNull();
    }

    @Test
    void aStoreThatDoesNotAnswerNeverHoldsTheCustomer() {
        contact.typedProperty().set("minji@example.com");
        contact.send();
        open.store.contactAnswers.get(0).completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CONTACT);
        assertThat(contact.problemProperty().get()).contains("괜찮아요");
        contact.skip();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
    }

    @Test
    void untouchedItMovesOnByItself() {
        open.pass(Duration.ofSeconds(24));
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CONTACT);

        open.pass(Duration.ofSeconds(1));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
        assertThat(open.store.contactsLeft).isEmpty();
    }
}
