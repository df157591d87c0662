package cafe.core.notification.adapter.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.Json;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS adapter against a local HTTP stub of a gateway. */
class HttpSmsChannelTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer gateway;
    private HttpSmsChannel channel;

    @BeforeEach
    void startTheGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/v1/sms", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-API-Key") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        gateway.start();
        channel = new HttpSmsChannel(new SmsGatewaySettings(URI.create("http://127.0.0.1:"
                + gateway.getAddress().getPort() + "/v1/sms"), "secret-key", "0212345678"), Json.newMapper());
    }

    @AfterEach
    void stopTheGateway() {
        gateway.stop(0);
    }

    @Test
    void theMessageIsPostedAsJsonWithTheApiKey() {
        channel.push(ready());

        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request).startsWith("POST secret-key application/json; charset=utf-8 ");
            assertThat(request).contains("\"to\":\"01012345678\"", "\"from\":\"0212345678\"",
                    "주문하신 105번 음료가 준비되었습니다", "\"reference\":\"n-1\"");
        });
    }

    @Test
    void anAnswerOtherThanTwoHundredSomethingFailsThePushSoItIsTriedAgain() {
        answers.add(500);

        assertThatThrownBy(() -> channel.push(ready())).hasMessageContaining("HTTP 500");
        channel.push(ready());

        assertThat(received).hasSize(2);
    }

    @Test
    void aGatewayThatCannotBeReachedFailsThePush() {
        gateway.stop(0);

        assertThatThrownBy(() -> channel.push(ready())).hasMessageContaining("cannot be reached");
    }

    private static Notification ready() {
        return Notification.pending("n-1", "o-1", 105, HttpSmsChannel.NAME, Purpose.READY,
                Contact.parse("010-1234-5678").orElseThrow(), CustomerMessage.ready(105), Instant.now());
    }
}
