package cafe.core.server;

import cafe.core.notification.CustomerReach;
import cafe.core.notification.adapter.channel.SmsGatewaySettings;
import cafe.core.notification.adapter.channel.SmtpSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How the store reaches its customers, on {@code cafe-server run}: the store's name on receipts, the
 * mail provider and the text message gateway. Each provider is off until its host or URL is given
 * (then "ready" and receipts are only logged); secrets are read from files, never the command line.
 */
final class ReachOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--store-name", paramLabel = "NAME", defaultValue = CustomerReach.DEFAULT_STORE_NAME,
            description = "The store's name on receipts (default: ${DEFAULT-VALUE}).")
    String storeName;

    @Option(names = "--smtp-host", paramLabel = "HOST",
            description = "E-mail \"ready\" and receipts through this SMTP server (default: none, only logged).")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "N", defaultValue = "587",
            description = "The SMTP server's port (default: ${DEFAULT-VALUE}).")
    int smtpPort;

    @Option(names = "--smtp-security", paramLabel = "STARTTLS|TLS|NONE", defaultValue = "STARTTLS",
            description = "How the SMTP connection is protected (default: ${DEFAULT-VALUE}).")
    SmtpSettings.Security smtpSecurity;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "The SMTP account (default: none, no login).")
    String smtpUser;

    @Option(names = "--smtp-password-file", paramLabel = "FILE",
            description = "A file holding the SMTP account's password (readable by the server's user only).")
    Path smtpPasswordFile;

    @Option(names = "--smtp-from", paramLabel = "ADDRESS",
            description = "The sender address customers see; required with --smtp-host.")
    String smtpFrom;

    @Option(names = "--sms-url", paramLabel = "URL",
            description = "Send \"ready\" text messages by POSTing JSON to this SMS gateway URL (default: none, only logged).")
    URI smsUrl;

    @Option(names = "--sms-api-key-file", paramLabel = "FILE",
            description = "A file holding the gateway's API key (sent as X-API-Key); required with --sms-url.")
    Path smsApiKeyFile;

    @Option(names = "--sms-sender", paramLabel = "NUMBER",
            description = "The sender number registered with the gateway; required with --sms-url.")
    String smsSender;

    CustomerReach reach(Path dataDir) {
        CustomerReach reach = CustomerReach.loggedOnly(dataDir).withStoreName(storeName);
        if (smtpHost != null) {
            require(smtpFrom != null, "--smtp-host needs --smtp-from");
            require(smtpPort >= 1 && smtpPort <= 65535, "--smtp-port must be 1..65535, was " + smtpPort);
            require(smtpUser == null || smtpPasswordFile != null, "--smtp-user needs --smtp-password-file");
            reach = reach.withSmtp(new SmtpSettings(smtpHost, smtpPort, smtpSecurity, smtpUser,
                    smtpPasswordFile == null ? null : secret(smtpPasswordFile, "--smtp-password-file"), smtpFrom));
        }
        if (smsUrl != null) {
            require(smsApiKeyFile != null && smsSender != null, "--sms-url needs --sms-api-key-file and --sms-sender");
            require("https".equals(smsUrl.getScheme()) || "http".equals(smsUrl.getScheme()),
                    "--sms-url must be an http or https URL, was " + smsUrl);
            reach = reach.withSms(new SmsGatewaySettings(smsUrl, secret(smsApiKeyFile, "--sms-api-key-file"), smsSender));
        }
        return reach;
    }

    private String secret(Path file, String option) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " cannot be read: " + e.getMessage());
        }
    }

    private void require(boolean valid, String problem) {
        if (!valid) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }
}
