package cafe.client.pairing;

import cafe.client.TerminalConfig;
import cafe.client.jms.CafeClients;
import cafe.contract.pairing.Pairing;
import cafe.contract.pairing.PairingCode;
import cafe.contract.pairing.PairingGrant;
import cafe.contract.pairing.PairingRequest;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Pairs a terminal on another PC with the store server, from the server's host and the code its
 * operator got with {@code cafe-server pair}: reads the store's certificate authority from a TLS
 * handshake and checks it against the code (a server of another store is refused before anything
 * is sent); then, over TLS trusting that CA alone, asks for the role's settings with the code's
 * one-time secret; writes the CA beside the terminal file and the terminal file itself. No JavaFX,
 * no command line: the terminals' launchers call {@link #pair} for their {@code --pair HOST} option.
 */
public final class TerminalPairing {

    /** The store server's TLS port for the LAN, unless it was started with another {@code --lan-port}. */
    public static final int DEFAULT_PORT = 61617;
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A TLS handshake on a store's LAN takes milliseconds; a port that is not TLS never answers one. */
    private static final Duration HANDSHAKE_WAIT = Duration.ofSeconds(5);
    private static final String CA_SUFFIX = ".store-ca.pem";

    private TerminalPairing() {
    }

    /**
     * Pairs this PC as a terminal of {@code role} and writes {@code configFile} (the file the
     * terminal starts with) and {@code <configFile name>.store-ca.pem} beside it. Nothing is
     * written unless pairing succeeds.
     *
     * @return the config just written
     * @throws PairingException with a sentence for the person at the terminal and a {@link PairingException.Reason}
     */
    public static TerminalConfig pair(String host, int port, String code, Role role, Path configFile)
            throws PairingException {
        PairingCode pairingCode = parse(code);
        X509Certificate authority = StoreAuthorityProbe.authorityOf(host, port, HANDSHAKE_WAIT);
        if (!pairingCode.madeBy(fingerprint(authority))) {
            throw new PairingException(PairingException.Reason.OTHER_STORE, "the server at " + host + ":" + port
                    + " is not the store that made this code: check the address, or ask that store for a code");
        }
        Path target = configFile.toAbsolutePath();
        Path authorityFile = target.resolveSibling(target.getFileName() + CA_SUFFIX);
        Path pinned = writeAside(authorityFile, pem(authority));
        try {
            String url = "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
            PairingGrant grant = ask(new TerminalConfig(url, Pairing.BROKER_USER, Pairing.BROKER_PASSWORD, WAIT,
                    Optional.of(pinned)), new PairingRequest(pairingCode.secret(), role));
            Files.move(pinned, authorityFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            TerminalConfig config = new TerminalConfig(url, grant.user(), grant.password(),
                    Duration.ofMillis(grant.requestTimeoutMs()), Optional.of(authorityFile));
            config.save(target, "Paired with the store server at " + host + ":" + port + " as a " + role.user());
            return config;
        } catch (IOException e) {
            throw new PairingException(PairingException.Reason.CANNOT_WRITE, "paired, but cannot write "
                    + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(pinned);
        }
    }

    private static PairingCode parse(String code) throws PairingException {
        try {
            return PairingCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new PairingException(PairingException.Reason.NOT_A_CODE, e.getMessage(), e);
        }
    }

    /** One Pair request over TLS as the pairing user; the answer's error code becomes the refusal's reason. */
    private static PairingGrant ask(TerminalConfig pairingUser, PairingRequest request) throws PairingException {
        ObjectMapper json = Json.newMapper();
        try (JMSContext context = CafeClients.connectionFactory(pairingUser).createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            JMSConsumer answers = context.createConsumer(replies);
            TextMessage message = context.createTextMessage(json.writeValueAsString(request));
            message.setStringProperty(Headers.TYPE, MessageTypes.PAIR);
            message.setJMSCorrelationID(UUID.randomUUID().toString());
            message.setJMSReplyTo(replies);
            context.createProducer().send(context.createQueue(Addresses.PAIRING_REQUESTS), message);
            Message answer = answers.receive(WAIT.toMillis());
            if (!(answer instanceof TextMessage text)) {
                throw new PairingException(PairingException.Reason.UNREACHABLE,
                        "the store server did not answer within " + WAIT.toSeconds() + " s; try again");
            }
            return granted(json, json.readValue(text.getText(), Reply.class));
        } catch (JMSRuntimeException | JMSException e) {
            throw new PairingException(PairingException.Reason.OTHER_STORE, "the server at " + pairingUser.brokerUrl()
                    + " would not prove it is the store that made this code (" + e.getMessage() + ")", e);
        } catch (JsonProcessingException e) {
            throw new PairingException(PairingException.Reason.UNREACHABLE, "the store server's answer is unreadable", e);
        }
    }

    private static PairingGrant granted(ObjectMapper json, Reply reply) throws PairingException {
        if (reply.isOk()) {
            return json.convertValue(reply.data(), PairingGrant.class);
        }
        PairingException.Reason reason = ErrorCode.PAIRING_CODE_EXPIRED.name().equals(reply.code())
                ? PairingException.Reason.EXPIRED_CODE
                : ErrorCode.PAIRING_LOCKED.name().equals(reply.code()) ? PairingException.Reason.LOCKED
                : PairingException.Reason.WRONG_CODE;
        throw new PairingException(reason, reply.message());
    }

    private static byte[] fingerprint(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writeAside(Path file, String text) throws PairingException {
        try {
            Files.createDirectories(file.getParent());
            Path aside = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
            return Files.writeString(aside, text);
        } catch (IOException e) {
            throw new PairingException(PairingException.Reason.CANNOT_WRITE, "cannot write in "
                    + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file beside the terminal file is harmless
        }
    }
}
