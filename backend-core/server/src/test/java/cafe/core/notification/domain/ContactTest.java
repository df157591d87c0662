package cafe.core.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void aPhoneNumberIsReachedByTextAndMaskedInLogs() {
        Contact phone = Contact.parse(" 010-1234-5678 ").orElseThrow();

        assertThat(phone.kind()).isEqualTo(Contact.Kind.PHONE);
        assertThat(phone.masked()).isEqualTo("010-****-5678");
        assertThat(phone.toString()).doesNotContain("1234");
    }

    @Test
    void anEmailAddressIsMaskedButForItsFirstLetterAndDomain() {
        Contact email = Contact.parse("kim.minji@example.com").orElseThrow();

        assertThat(email.kind()).isEqualTo(Contact.Kind.EMAIL);
        assertThat(email.masked()).isEqualTo("k***@example.com");
    }

    @Test
    void anAddressLongerThanAnyCanBeIsNoContactAndIsNotReadByThePattern() {
        String longest = "k".repeat(Contact.LONGEST - "@example.com".length()) + "@example.com";

        assertThat(Contact.parse(longest)).isPresent();
        assertThat(Contact.parse("k" + longest)).isEmpty();
    }

    @Test
    void nothingUsableIsNoContact() {
        assertThat(Contact.parse(null)).isEmpty();
        assertThat(Contact.parse("call me")).isEmpty();
        assertThat(Contact.parse("12")).isEmpty();
    }
}
