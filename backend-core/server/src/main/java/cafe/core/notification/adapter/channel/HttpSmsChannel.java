package cafe.core.notification.adapter.channel;

import cafe.core.notification.application.NotificationChannel;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text messages through an HTTP SMS gateway of the usual kind: a JSON POST
 * {@code {"from", "to", "text", "reference"}} with the store's API key in the {@code X-API-Key}
 * header; any 2xx answer means taken, anything else (or no answer) fails the push, which is tried
 * again later. {@code reference} (the message's id) lets a gateway drop a repeat.
 */
public class HttpSmsChannel implements NotificationChannel {

    public static final String NAME = "sms";

    private static final Logger log = LoggerFactory.getLogger(HttpSmsChannel.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmsGatewaySettings settings;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public HttpSmsChannel(SmsGatewaySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean reaches(Contact contact) {
        return contact != null && contact.kind() == Contact.Kind.PHONE;
    }

    @Override
    public void push(Notification notification) {
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-API-Key", settings.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(notification))).build();
        int status = send(request);
        if (status < 200 || status > 299) {
            throw new IllegalStateException("the SMS gateway answered HTTP " + status);
        }
        log.info("orderId={} text message taken by the gateway for {}", notification.orderId(),
                notification.recipient().masked());
    }

    private String body(Notification notification) {
        try {
            return json.writeValueAsString(Map.of("from", settings.sender(), "to",
                    notification.recipient().address().replaceAll("[^0-9+]", ""), "text",
                    notification.message().text(), "reference", notification.notificationId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("text message cannot be written as JSON", e);
        }
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("the SMS gateway cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending a text message", e);
        }
    }
}
