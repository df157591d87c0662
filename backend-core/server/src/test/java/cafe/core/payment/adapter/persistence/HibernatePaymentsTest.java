package cafe.core.payment.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.Json;
import cafe.core.payment.domain.CardSummary;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentAttempt;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HibernatePaymentsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");

    @TempDir
    Path dataDir;
    private ServiceDatabase database;
    private HibernatePayments payments;

    @BeforeEach
    void openDatabase() {
        database = ServiceDatabase.open(dataDir, "payment", HibernatePayments.ENTITIES, Json.newMapper(),
                Clock.systemUTC());
        payments = new HibernatePayments(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aPaymentIsStoredWithTheCardsBrandAndLastDigitsOnly() {
        Payment approved = Payment.approved(attempt("p-1", 1), "AU000001", NOW);
        inTransaction(() -> payments.save(approved));

        Payment found = database.transactions().inTransaction(() -> payments.find("o-1", 1)).orElseThrow();

        assertThat(found.paymentId()).isEqualTo("p-1");
        assertThat(found.card()).isEqualTo(new CardSummary("VISA", "4242"));
        assertThat(found.settledAt()).isEqualTo(NOW);
        assertThat(found.authorizationCode()).isEqualTo("AU000001");
    }

    @Test
    void theChargedPaymentIsFoundAmongDeclinedOnesAndKeepsItsRefund() {
        inTransaction(() -> {
            payments.save(Payment.declined(attempt("p-1", 1), "CARD_DECLINED", "No", NOW));
            payments.save(Payment.approved(attempt("p-2", 2), "AU000002", NOW));
        });
        inTransaction(() -> {
            Payment charged = payments.chargedFor("o-1").orElseThrow();
            charged.refund("RF000001", NOW.plusSeconds(60));
            payments.save(charged);
        });

        Payment refunded = database.transactions().inTransaction(() -> payments.chargedFor("o-1")).orElseThrow();
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.attempt()).isEqualTo(2);
        assertThat(refunded.refundedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theDatabaseRefusesASecondChargeForAnOrder() {
        inTransaction(() -> payments.save(Payment.approved(attempt("p-1", 1), "AU000001", NOW)));

        assertThatThrownBy(() -> inTransaction(
                () -> payments.save(Payment.approved(attempt("p-2", 2), "AU000002", NOW))))
                .isInstanceOf(RuntimeException.class);
    }

    private void inTransaction(Runnable work) {
        database.transactions().run(work);
    }

    private static PaymentAttempt attempt(String paymentId, int number) {
        return new PaymentAttempt(paymentId, "o-1", number, 9_000, new CardSummary("VISA", "4242"));
    }
}
