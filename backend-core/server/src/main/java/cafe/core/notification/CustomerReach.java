package cafe.core.notification;

import cafe.core.notification.adapter.channel.SmsGatewaySettings;
import cafe.core.notification.adapter.channel.SmtpSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the store reaches its customers: its name (on receipts), its mail provider and text message
 * gateway (each unset means the logging stand-in), and the folder printed receipts go to until a
 * receipt printer is connected.
 */
public record CustomerReach(String storeName, Optional<SmtpSettings> smtp, Optional<SmsGatewaySettings> sms,
                            Path receiptFolder) {

    public static final String DEFAULT_STORE_NAME = "Cafe";

    public CustomerReach {
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(receiptFolder, "receiptFolder");
    }

    /** No provider: "ready" and receipts are only logged; printed receipts go to {@code <data>/receipts}. */
    public static CustomerReach loggedOnly(Path dataDir) {
        return new CustomerReach(DEFAULT_STORE_NAME, Optional.empty(), Optional.empty(), dataDir.resolve("receipts"));
    }

    public CustomerReach withStoreName(String value) {
        return new CustomerReach(value, smtp, sms, receiptFolder);
    }

    public CustomerReach withSmtp(SmtpSettings value) {
        return new CustomerReach(storeName, Optional.of(value), sms, receiptFolder);
    }

    public CustomerReach withSms(SmsGatewaySettings value) {
        return new CustomerReach(storeName, smtp, Optional.of(value), receiptFolder);
    }
}
