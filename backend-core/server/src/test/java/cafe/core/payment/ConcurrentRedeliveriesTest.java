package cafe.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.CardToken;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Json;
import cafe.core.events.PaymentRequested;
import cafe.core.payment.adapter.gateway.SimulatedGateway;
import cafe.core.payment.adapter.persistence.HibernatePayments;
import cafe.core.payment.application.PaymentService;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests are settled side by side, so copies of one request can be settled at the same moment by
 * different consumers (a redelivery racing the original, a relay's resend): on the real payment
 * database and a card network that takes its time, they still make one payment and one charge.
 */
class ConcurrentRedeliveriesTest {

    private static final int COPIES = 8;

    @TempDir
    Path dataDir;

    @Test
    void copiesOfOneRequestSettledAtOnceChargeTheCardOnce() throws Exception {
        SimulatedGateway network = new SimulatedGateway(Duration.ofMillis(100), Duration.ofSeconds(5), 0,
                new Random(3));
        try (ServiceDatabase database = ServiceDatabase.open(dataDir, PaymentContext.DATABASE,
                HibernatePayments.ENTITIES, Json.newMapper(), Clock.systemUTC())) {
            PaymentService payments = new PaymentService(database.transactions(), new HibernatePayments(database),
                    database.outbox(), network, Clock.systemUTC());
            PaymentRequested request = new PaymentRequested("o-race", 101, 1, 9_000,
                    new CardToken(TestCards.APPROVE, "VISA", "4242"));

            settleAtOnce(() -> payments.charge(request));

            assertThat(network.chargesMade()).isEqualTo(1);
            assertThat(count(database, "select count(*) from payment")).isEqualTo(1);
            assertThat(count(database, "select count(*) from payment where status = 'APPROVED'")).isEqualTo(1);
            assertThat(count(database, "select count(distinct body) from outbox where type = 'PaymentApproved'"))
                    .as("every copy tells the same approval").isEqualTo(1);
        }
    }

    private static void settleAtOnce(Runnable settle) throws Exception {
        ExecutorService consumers = Executors.newFixedThreadPool(COPIES);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            done.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                settle.run();
            }, consumers));
        }
        start.countDown();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        consumers.shutdown();
    }

    private static long count(ServiceDatabase database, String sql) {
        return database.transactions().inTransaction(
                () -> ((Number) database.session().createNativeQuery(sql, Long.class).getSingleResult()).longValue());
    }
}
