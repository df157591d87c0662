package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.OpenKiosk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    void easyModeSwitchedOnDuringTheStepGivesTheCustomerItsDoubledTime() {
        open.pass(Duration.ofSeconds(10));

        open.kiosk.frame().toggleAccessible();

        assertThat(contact.countdown().get()).isEqualTo("50초 뒤에 주문 번호가 나옵니다");
        contact.type("0");
        open.pass(Duration.ofSeconds(49));
        assertThat(open.kiosk.screenProperty().get()).as("a key counts down from 50 s too").isEqualTo(Screen.CONTACT);
    }

    @Test
    void aNumberTheKioskRefusesGivesTheCustomerTheWholeCountdownToPutItRight() {
        contact.type("123");
        open.pass(Duration.ofSeconds(20));

        contact.send();
        open.pass(Duration.ofSeconds(10));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CONTACT);
        assertThat(contact.countdown().get()).isEqualTo("15초 뒤에 주문 번호가 나옵니다");
    }

    @Test
    void aPhoneNumberGoesToTheStoreAndTheNumberFollowsOnceItIsTaken() {
        contact.typedProperty().set(" 010-1234-5678 ");
        contact.send();

        assertThat(open.store.contactsLeft).containsExactly(OpenKiosk.ORDER + " 010-1234-5678");
        assertThat(open.store.contactOrderKeys).as("the key the order was placed with, its proof")
                .containsExactly(open.store.placed.get(0).idempotencyKey());
        assertThat(contact.sendingProperty().get()).isTrue();
        assertThat(contact.countdown().get()).as("the countdown waits for the store").isEqualTo("매장에 보내는 중입니다...");
        open.store.contactAnswers.get(0).complete(null);

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
    }

    @Test
    void aNumberOrAnAddressTheKioskCanTellIsWrongIsRefusedAtOnceWithHowToWriteOne() {
        contact.type("123");
        contact.send();

        assertThat(open.store.contactsLeft).isEmpty();
        assertThat(contact.problem().get()).contains("010-1234-5678").doesNotContain("name@example.com");
        contact.type("4");
        assertThat(contact.problem().get()).as("typing clears the message").isNull();

        contact.channelProperty().set(ContactChannel.EMAIL);
        contact.type("minji@home");
        contact.send();
        assertThat(open.store.contactsLeft).isEmpty();
        assertThat(contact.problem().get()).contains("name@example.com").doesNotContain("010-1234-5678");
    }

    @Test
    void whatIsWrongIsReadInTheLanguageTheCustomerSwitchesTo() {
        contact.type("123");
        contact.send();

        open.kiosk.frame().toggleLanguage();

        assertThat(contact.problem().get())
                .isEqualTo("That is not a mobile number. Type one like 010-1234-5678, or choose No, thanks.");
    }

    @Test
    void theScreensKeysTypeDeleteAndClear() {
        contact.channelProperty().set(ContactChannel.EMAIL);
        contact.type("minji");
        contact.type("@naver.com");
        contact.eraseLast();
        assertThat(contact.typedProperty().get()).isEqualTo("minji@naver.co");
        contact.clear();
        assertThat(contact.typedProperty().get()).isEmpty();
        contact.eraseLast();
        assertThat(contact.typedProperty().get()).as("nothing left to delete").isEmpty();
    }

    @Test
    void choosingTheOtherChannelStartsTheFieldAfresh() {
        contact.type("010");
        contact.channelProperty().set(ContactChannel.EMAIL);

        assertThat(contact.typedProperty().get()).isEmpty();
    }

    @Test
    void aStuckKeyStopsAtTheLongestAddress() {
        contact.channelProperty().set(ContactChannel.EMAIL);
        for (int presses = 0; presses < 300; presses++) {
            contact.type("m");
        }
        assertThat(contact.typedProperty().get()).hasSize(254);
    }

    @Test
    void aStoreThatDoesNotAnswerNeverHoldsTheCustomer() {
        contact.channelProperty().set(ContactChannel.EMAIL);
        contact.typedProperty().set("minji@example.com");
        contact.send();
        open.store.contactAnswers.get(0).completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CONTACT);
        assertThat(contact.problem().get()).contains("괜찮아요");
        contact.skip();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
    }

    @Test
    void anyKeyOrTouchOnTheStepGivesTheCustomerTheWholeCountdownAgain() {
        open.pass(Duration.ofSeconds(20));
        open.kiosk.frame().touched(); // an arrow key, Read back, a tap on the other channel

        open.pass(Duration.ofSeconds(20));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CONTACT);
        assertThat(contact.countdown().get()).isEqualTo("5초 뒤에 주문 번호가 나옵니다");
    }

    @Test
    void theSameRefusalASecondTimeIsShownAnew() {
        contact.type("123");
        contact.send();
        List<String> shown = new ArrayList<>();
        contact.problem().addListener((obs, was, now) -> shown.add(now));

        contact.send();

        assertThat(shown).last().isEqualTo(contact.problem().get()).isNotNull();
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
