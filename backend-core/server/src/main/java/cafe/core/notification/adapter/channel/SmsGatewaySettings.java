package cafe.core.notification.adapter.channel;

import java.net.URI;
import java.util.Objects;

/**
 * The store's text message provider: the URL messages are POSTed to, the API key it gave the store
 * (sent in the {@code X-API-Key} header) and the sender number registered with it.
 */
public record SmsGatewaySettings(URI url, String apiKey, String sender) {

    public SmsGatewaySettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(sender, "sender");
    }

    @Override
    public String toString() {
        return "SmsGatewaySettings[" + url + ", from " + sender + "]";
    }
}
