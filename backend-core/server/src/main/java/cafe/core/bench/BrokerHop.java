package cafe.core.bench;

import cafe.client.TerminalConfig;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The raw broker, measured with plain JMS (the one part of {@code ./cafe bench} that is no terminal,
 * so it lives outside the simulation): the broker as the store uses it: persistent 500-byte messages sent to a durable queue over
 * the terminals' TCP acceptor and journal, and received back. One message in flight gives the
 * one-hop latency every figure of the store is compared with; several producers give the most
 * messages a second the broker takes.
 */
public final class BrokerHop {

    /** What the raw broker does. */
    public record Figures(Percentiles oneHop, double messagesPerSecond) {
    }

    private static final String QUEUE = "cafe.bench.hop";
    private static final String BODY = "x".repeat(500);
    private static final int WARM_UP = 300;
    private static final int ROUND_TRIPS = 2_000;
    private static final int PRODUCERS = 4;
    private static final Duration FLOOD = Duration.ofSeconds(4);

    private BrokerHop() {
    }

    public static Figures measure(TerminalConfig admin) throws JMSException, InterruptedException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(admin.brokerUrl());
        try (Connection connection = factory.createConnection(admin.user(), admin.password())) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue(QUEUE);
            MessageConsumer consumer = session.createConsumer(queue);
            MessageProducer producer = session.createProducer(queue);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            roundTrips(session, producer, consumer, WARM_UP);
            Percentiles oneHop = Percentiles.of(roundTrips(session, producer, consumer, ROUND_TRIPS));
            return new Figures(oneHop, flood(connection, consumer));
        }
    }

    private static List<Double> roundTrips(Session session, MessageProducer producer, MessageConsumer consumer,
                                           int count) throws JMSException {
        List<Double> millis = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            producer.send(session.createTextMessage(BODY));
            if (consumer.receive(10_000) == null) {
                throw new IllegalStateException("the broker lost a message of the one-hop test");
            }
            millis.add((System.nanoTime() - sent) / 1e6);
        }
        return millis;
    }

    /** Producers send as fast as the broker confirms; the consumer counts what arrives. */
    private static double flood(Connection connection, MessageConsumer consumer)
            throws JMSException, InterruptedException {
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong received = new AtomicLong();
        consumer.setMessageListener(message -> received.incrementAndGet());
        List<Thread> producers = new ArrayList<>();
        for (int i = 0; i < PRODUCERS; i++) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            Thread thread = new Thread(() -> {
                try {
                    while (sending.get()) {
                        producer.send(session.createTextMessage(BODY));
                    }
                } catch (JMSException e) {
                    throw new IllegalStateException("a flood producer failed", e);
                }
            }, "bench-flood-" + i);
            producers.add(thread);
        }
        long started = System.nanoTime();
        producers.forEach(Thread::start);
        Thread.sleep(FLOOD.toMillis());
        long count = received.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        sending.set(false);
        for (Thread producer : producers) {
            producer.join();
        }
        return count / seconds;
    }
}
