package cafe.core.notification.domain;

import java.util.Objects;

/** What a customer is told: a subject (an e-mail's; a text message has none) and the text itself. */
public record CustomerMessage(String subject, String text) {

    public CustomerMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** "Your order is ready", in Korean and English. */
    public static CustomerMessage ready(int orderNumber) {
        return new CustomerMessage("주문하신 " + orderNumber + "번 음료가 준비되었습니다 / Order " + orderNumber + " is ready",
                "주문하신 " + orderNumber + "번 음료가 준비되었습니다. 픽업대에서 받아 가세요.\n"
                        + "Your order " + orderNumber + " is ready at the pickup counter.");
    }
}
