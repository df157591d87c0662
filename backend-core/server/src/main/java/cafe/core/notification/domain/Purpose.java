package cafe.core.notification.domain;

/** Why a customer is sent a message: their order is ready, or its receipt (after payment, or resent by staff). */
public enum Purpose {
    READY, RECEIPT
}
