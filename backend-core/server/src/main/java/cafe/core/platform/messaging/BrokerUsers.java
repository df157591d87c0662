package cafe.core.platform.messaging;

import cafe.contract.pairing.Pairing;
import cafe.contract.wire.Role;
import cafe.core.platform.files.OwnerOnly;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The broker's users: one per terminal {@link Role} plus the StoreServer's own services user, each
 * with a random password generated on first start and kept in {@code <dataDir>/users.properties}
 * (owner-only where the file system allows), so a restart keeps every terminal's credentials.
 * The {@link Pairing#BROKER_USER pairing user}'s password is public and never stored: it may only
 * ask {@code cafe.pairing.requests}.
 */
public final class BrokerUsers {

    /** The user the StoreServer's own services connect as, in-VM; never handed to a terminal. */
    public static final String SERVICES = "services";

    private final Map<String, String> passwords;

    private BrokerUsers(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    /** Reads the users file, creating it (and any user it lacks) with fresh random passwords. */
    public static BrokerUsers loadOrCreate(Path file) {
        Properties stored = read(file);
        Map<String, String> passwords = new TreeMap<>();
        stored.stringPropertyNames().forEach(user -> passwords.put(user, stored.getProperty(user)));
        boolean added = false;
        for (String user : userNames()) {
            if (!passwords.containsKey(user)) {
                passwords.put(user, randomPassword());
                added = true;
            }
        }
        if (added) {
            write(file, passwords);
        }
        return new BrokerUsers(passwords);
    }

    private static Iterable<String> userNames() {
        var names = new java.util.ArrayList<String>();
        for (Role role : Role.values()) {
            names.add(role.user());
        }
        names.add(SERVICES);
        return names;
    }

    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no broker user " + user);
        }
        return password;
    }

    /** Compares in constant time, so response timing reveals nothing of a password. */
    boolean accepts(String user, String password) {
        String expected = Pairing.BROKER_USER.equals(user) ? Pairing.BROKER_PASSWORD
                : user == null ? null : passwords.get(user);
        return expected != null && password != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static void write(Path file, Map<String, String> passwords) {
        Properties properties = new Properties();
        properties.putAll(passwords);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            properties.store(text, "Broker users of this store; generated once, keep private");
            OwnerOnly.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
