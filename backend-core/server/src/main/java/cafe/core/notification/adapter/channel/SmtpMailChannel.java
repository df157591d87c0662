package cafe.core.notification.adapter.channel;

import cafe.core.notification.application.NotificationChannel;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail through the store's SMTP provider (Jakarta Mail, Eclipse Angus): "ready" and receipts, as
 * UTF-8 plain text. A provider that refuses or cannot be reached fails the push, which is tried again.
 */
public class SmtpMailChannel implements NotificationChannel {

    public static final String NAME = "email";

    private static final Logger log = LoggerFactory.getLogger(SmtpMailChannel.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailChannel(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    private static Properties properties(SmtpSettings settings) {
        String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        properties.put("mail." + protocol + ".auth", String.valueOf(settings.user() != null));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT.toMillis()));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static Authenticator authenticator(SmtpSettings settings) {
        if (settings.user() == null) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean reaches(Contact contact) {
        return contact != null && contact.kind() == Contact.Kind.EMAIL;
    }

    @Override
    public boolean carries(Purpose purpose) {
        return true;
    }

    @Override
    public void push(Notification notification) {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(settings.from()));
            mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(notification.recipient().address()));
            mail.setSubject(notification.message().subject(), StandardCharsets.UTF_8.name());
            mail.setText(notification.message().text(), StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            Transport.send(mail);
            log.info("orderId={} {} e-mail sent to {}", notification.orderId(), notification.purpose(),
                    notification.recipient().masked());
        } catch (MessagingException e) {
            throw new IllegalStateException("the mail server did not take the e-mail: " + e.getMessage(), e);
        }
    }
}
