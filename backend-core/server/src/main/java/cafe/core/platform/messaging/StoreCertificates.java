package cafe.core.platform.messaging;

import cafe.core.platform.files.OwnerOnly;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The store's own certificate authority and the broker's TLS identity, made once at the first
 * start in {@code <dataDir>/tls} (a folder only the server's user may read):
 * {@code store-ca.pem}, the CA certificate terminals pin when they pair; {@code store-ca.key}, its
 * private key; {@code broker.pem}, the broker's private key and certificate chain (the LAN
 * acceptor's key store). EC P-256 keys, valid for 20 years: nothing in a store renews them, and
 * terminals trust only this CA, never the public ones.
 */
public final class StoreCertificates {

    static final String FOLDER = "tls";
    private static final String CA_CERTIFICATE = "store-ca.pem";
    private static final String CA_KEY = "store-ca.key";
    private static final String BROKER_KEY_STORE = "broker.pem";
    private static final Duration VALIDITY = Duration.ofDays(20 * 365);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final Path folder;
    private final X509Certificate authority;

    private StoreCertificates(Path folder, X509Certificate authority) {
        this.folder = folder;
        this.authority = authority;
    }

    /** Reads the store's certificates, making the CA and the broker's certificate on the first start. */
    public static StoreCertificates loadOrCreate(Path dataDir) {
        Path folder = dataDir.resolve(FOLDER).toAbsolutePath();
        try {
            if (!Files.exists(folder.resolve(BROKER_KEY_STORE))) {
                create(folder);
            }
            return new StoreCertificates(folder, readCertificate(folder.resolve(CA_CERTIFICATE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the store's certificates in " + folder, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the store's certificates", e);
        }
    }

    private static void create(Path folder) throws IOException, GeneralSecurityException, OperatorCreationException {
        OwnerOnly.createFolder(folder);
        KeyPair caKeys = newKeyPair();
        X500Name caName = new X500Name("CN=Cafe store CA " + HexFormat.of().formatHex(randomBytes(4)));
        X509Certificate ca = sign(certificate(caName, caName, caKeys)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                caKeys.getPrivate());
        KeyPair brokerKeys = newKeyPair();
        X509Certificate broker = sign(certificate(caName, new X500Name("CN=" + hostName()), brokerKeys)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                        new GeneralName(GeneralName.dNSName, hostName()))),
                caKeys.getPrivate());
        OwnerOnly.write(folder.resolve(CA_KEY), pem(caKeys.getPrivate()));
        OwnerOnly.write(folder.resolve(BROKER_KEY_STORE), pem(brokerKeys.getPrivate(), broker, ca));
        // written last: its presence marks a complete set
        Files.writeString(folder.resolve(CA_CERTIFICATE), pem(ca), StandardCharsets.US_ASCII);
    }

    private static JcaX509v3CertificateBuilder certificate(X500Name issuer, X500Name subject, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(1, randomBytes(16)),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String pem(Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object instanceof PrivateKey key
                        ? new JcaPKCS8Generator(key, null) : object);
            }
        }
        return text.toString();
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** The CA certificate (PEM) terminals pin. */
    public Path authorityFile() {
        return folder.resolve(CA_CERTIFICATE);
    }

    /** The broker's private key and certificate chain (PEM), for the LAN acceptor. */
    public Path brokerKeyStore() {
        return folder.resolve(BROKER_KEY_STORE);
    }

    /** SHA-256 of the CA certificate: what a pairing code carries the start of. */
    public byte[] authorityFingerprint() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(authority.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
