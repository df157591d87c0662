package cafe.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a staff screen sees of a customer's contact in a message the store kept. */
class ContactMaskTest {

    @Test
    void aContactIsShownByItsEndsOnly() {
        assertThat(ContactMask.address("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(ContactMask.address("+82 10 1234 5678")).isEqualTo("821-****-5678");
        assertThat(ContactMask.address("kim.minji@example.com")).isEqualTo("k***@example.com");
        assertThat(ContactMask.address("12345")).isEqualTo("****");
        assertThat(ContactMask.address("123-4567")).as("a short number shows none of its digits").isEqualTo("****");
        assertThat(ContactMask.address("02-123-4567")).isEqualTo("****");
    }

    @Test
    void aLeftContactAndAResentReceiptAreMaskedInTheirMessages() {
        assertThat(ContactMask.text("{\"orderId\":\"o-1\",\"contact\":\"010-1234-5678\"}"))
                .isEqualTo("{\"orderId\":\"o-1\",\"contact\":\"010-****-5678\"}");
        assertThat(ContactMask.text("{\"requestId\":\"r-1\",\"orderId\":\"o-1\",\"email\" : \"minji@example.com\"}"))
                .isEqualTo("{\"requestId\":\"r-1\",\"orderId\":\"o-1\",\"email\" : \"m***@example.com\"}");
        assertThat(ContactMask.text("{\"payload\":{\"Contact\":\"01012345678\",\"contact2\":\"x\"}}"))
                .isEqualTo("{\"payload\":{\"Contact\":\"010-****-5678\",\"contact2\":\"x\"}}");
    }

    @Test
    void anEmailAddressAnywhereIsMaskedAndNothingElseChanges() {
        String paid = "{\"orderId\":\"32f36d80-225e-4b3f-9867-37626757efed\",\"businessDay\":\"2026-12-04\","
                + "\"paidAt\":\"2026-12-04T05:30:00Z\",\"totalWon\":4500,\"contact\":null,"
                + "\"note\":\"call lee.j@example.co.kr \\\"soon\\\"\",\"card\":{\"last4\":\"4242\"}}";
        assertThat(ContactMask.text(paid)).isEqualTo(paid.replace("lee.j@example.co.kr", "l***@example.co.kr"));
        assertThat(ContactMask.text("{\"contact\":\"\"}")).isEqualTo("{\"contact\":\"\"}");
        assertThat(ContactMask.text("{\"to\":\"+82 10-1234-5678\",\"text\":\"ready\"}"))
                .isEqualTo("{\"to\":\"821-****-5678\",\"text\":\"ready\"}");
        String range = "{\"day\":null,\"from\":\"2026-12-04T00:00:00Z\",\"to\":\"2026-12-04T09:00:00Z\"}";
        assertThat(ContactMask.text(range)).as("a time range's end is no recipient").isEqualTo(range);
        assertThat(ContactMask.text(null)).isNull();
    }
}
