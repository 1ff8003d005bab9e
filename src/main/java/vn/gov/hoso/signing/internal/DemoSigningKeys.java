package vn.gov.hoso.signing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's keys: at first start a throwaway CA ({@value #CA_FILE} in the keys directory, the demo's trust anchor)
 * and one PKCS#12 file per demo head, protected by the demo password. When any file is missing, all are made again
 * with a new CA, so the set always fits together; the CA's private key lives only in memory until the keys are issued.
 * Used only with the demo data ({@code hoso.signing.demo-keys}), never in {@code prod}.
 */
public final class DemoSigningKeys {

  public static final String CA_FILE = "demo-ca.pem";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSigningKeys.class);

  private final SigningProperties properties;
  private final Clock clock;
  private @Nullable TestCertificateAuthority pending;

  private DemoSigningKeys(SigningProperties properties, Clock clock, @Nullable TestCertificateAuthority pending) {
    this.properties = properties;
    this.clock = clock;
    this.pending = pending;
  }

  /** Writes a new CA certificate when the set of demo files is incomplete; the keys follow with {@link #issue}. */
  static DemoSigningKeys prepare(SigningProperties properties, Clock clock) {
    Path directory = properties.keysDirectory();
    boolean complete = Files.isRegularFile(properties.demoCaCertificate()) && properties.demoSigners().stream()
        .allMatch(user -> Files.isRegularFile(directory.resolve(user + Pkcs12SignerKeys.EXTENSION)));
    if (complete) {
      return new DemoSigningKeys(properties, clock, null);
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestCertificateAuthority ca =
        TestCertificateAuthority.create("CA thử nghiệm Hồ sơ CBCCVC (demo)", clock.instant());
    ca.writeCertificate(properties.demoCaCertificate());
    return new DemoSigningKeys(properties, clock, ca);
  }

  /**
   * Issues the demo heads' PKCS#12 files if a new CA was made.
   *
   * @param names the full name of a signer (certificate CN) by username
   */
  synchronized void issue(Function<String, String> names) {
    TestCertificateAuthority ca = pending;
    if (ca == null) {
      return;
    }
    Instant now = clock.instant();
    for (String user : properties.demoSigners()) {
      ca.issuePkcs12(properties.keysDirectory(), user, names.apply(user), properties.demoPin().toCharArray(),
          now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(5 * 366)),
          TestCertificateAuthority.SIGNER_KEY_USAGE);
    }
    pending = null;
    LOG.info("Demo signing keys generated in {} for {}", properties.keysDirectory(), properties.demoSigners());
  }
}
