package vn.gov.hoso.signing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority for the demo and the tests: a self-signed root and signer certificates (RSA 2048,
 * SHA-256) written as PKCS#12 files. Keys are generated when needed (at test time, or at the demo's first start under
 * its data directory) and never committed. Not for production: the root's private key lives only in memory, and the
 * CA runs no revocation service (its signer certificates say so with the RFC 9608 noRevAvail extension).
 */
public final class TestCertificateAuthority {

  /** Key usage of a signer certificate: digitalSignature and nonRepudiation (contentCommitment). */
  public static final int SIGNER_KEY_USAGE = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

  /** Key usage of a TLS-like certificate that must not sign dossiers. */
  public static final int KEY_ENCIPHERMENT_ONLY = KeyUsage.keyEncipherment;

  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  private final SecureRandom random = new SecureRandom();
  private final KeyPair keys;
  private final X509Certificate certificate;

  private TestCertificateAuthority(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** A root CA valid from two years before {@code now} to twenty years after. */
  public static TestCertificateAuthority create(String name, Instant now) {
    KeyPair keys = rsa();
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "VN")
        .addRDN(BCStyle.O, "Hồ sơ CBCCVC – chứng thư thử nghiệm")
        .addRDN(BCStyle.CN, name)
        .build();
    X509Certificate root = build(subject, keys.getPrivate(), subject, keys.getPublic(),
        now.minus(Duration.ofDays(2 * 366)), now.plus(Duration.ofDays(20 * 366)), new BigInteger(64, new SecureRandom()),
        builder -> {
          builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
          builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
    return new TestCertificateAuthority(keys, root);
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** Writes the root certificate as PEM, the form {@code hoso.signing.trust-anchors} reads. */
  public void writeCertificate(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write("-----BEGIN CERTIFICATE-----\n");
      out.write(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded()));
      out.write("\n-----END CERTIFICATE-----\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Issues a signer certificate (CN = the signer's name, UID = the username) and writes it with its new private key and
   * the root as {@code <directory>/<username>.p12}, protected by {@code pin}.
   *
   * @param keyUsage bits of {@link KeyUsage}, normally {@link #SIGNER_KEY_USAGE}
   */
  public Path issuePkcs12(Path directory, String username, String fullName, char[] pin, Instant notBefore,
      Instant notAfter, int keyUsage) {
    KeyPair signer = rsa();
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "VN")
        .addRDN(BCStyle.O, "Hồ sơ CBCCVC")
        .addRDN(BCStyle.UID, username)
        .addRDN(BCStyle.CN, fullName)
        .build();
    X500Name issuer = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    X509Certificate issued = build(issuer, keys.getPrivate(), subject, signer.getPublic(), notBefore, notAfter,
        new BigInteger(64, random), builder -> {
          JcaX509ExtensionUtils utils = extensionUtils();
          builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
          builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
          builder.addExtension(Extension.authorityKeyIdentifier, false,
              utils.createAuthorityKeyIdentifier(certificate));
          builder.addExtension(Extension.subjectKeyIdentifier, false,
              utils.createSubjectKeyIdentifier(signer.getPublic()));
          // RFC 9608: this CA publishes no CRL or OCSP for its certificates; validators (DSS's default policy) then
          // skip the revocation check instead of reporting INDETERMINATE
          builder.addExtension(Extension.noRevAvail, false, DERNull.INSTANCE);
        });
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(username + ".p12");
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("signer", signer.getPrivate(), pin, new Certificate[] {issued, certificate});
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, pin);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Extensions {
    void add(X509v3CertificateBuilder builder) throws CertIOException, GeneralSecurityException;
  }

  private static X509Certificate build(X500Name issuer, PrivateKey issuerKey, X500Name subject, PublicKey subjectKey,
      Instant notBefore, Instant notAfter, BigInteger serial, Extensions extensions) {
    try {
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
          Date.from(notAfter), subject, subjectKey);
      extensions.add(builder);
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
    } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot issue a test certificate", e);
    }
  }

  private static JcaX509ExtensionUtils extensionUtils() {
    try {
      return new JcaX509ExtensionUtils();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
