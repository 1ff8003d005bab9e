package vn.gov.hoso.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.gov.hoso.signing.internal.Pkcs12SignerKeys;
import vn.gov.hoso.signing.internal.TestCertificateAuthority;

/**
 * A key held on the server that signs data on behalf of an organisation (the Sở Nội vụ signing what it sends to the
 * national database), with the trust anchors that validate its signatures. Signatures are detached JAdES-BASELINE-B
 * over the {@link CanonicalJson canonical JSON}, made and checked by {@link SigningService}.
 *
 * <p>Two sources: a PKCS#12 file issued by a CA (production: the key pair the Ministry or the Government CA issues),
 * or a throwaway key from a test CA generated in memory at start (demo and tests; nothing is written to the
 * repository, the PKCS#12 file lives in a temporary directory and its PIN only in memory).
 */
public final class OrganisationSigner {

  private final String username;
  /** The key, its trust anchors and the signing service; made in the background for a generated key. */
  private final CompletableFuture<Material> material;

  private record Material(Path keysDirectory, char[] pin, List<X509Certificate> trustAnchors,
      SigningService signing) {}

  private OrganisationSigner(String username, CompletableFuture<Material> material) {
    this.username = username;
    this.material = material;
  }

  private static Material material(Path keysDirectory, char[] pin, List<X509Certificate> trustAnchors, Clock clock) {
    List<X509Certificate> anchors = List.copyOf(trustAnchors);
    return new Material(keysDirectory, pin.clone(), anchors,
        new SigningService(anchors, CertificateOwners.bySubjectUid(), clock));
  }

  /**
   * The key in {@code <keysDirectory>/<username>.p12}, whose certificate carries {@code username} as its subject UID,
   * trusted through the given PEM root certificates.
   */
  public static OrganisationSigner fromPkcs12(String username, Path keysDirectory, char[] pin,
      List<Path> trustAnchorPems, Clock clock) {
    return new OrganisationSigner(username,
        CompletableFuture.completedFuture(material(keysDirectory, pin, certificates(trustAnchorPems), clock)));
  }

  /**
   * A fresh test CA and a key for {@code username} ({@code displayName} as CN), valid from about two years before now
   * to twenty years after (within the CA's validity), so the demo clock can move freely. The keys are generated on a
   * background thread (two RSA key pairs, about a second of CPU on a small machine, which the start of the application
   * need not wait for); the first call that needs them waits until they are there.
   */
  public static OrganisationSigner generated(String username, String displayName, Clock clock) {
    Instant now = clock.instant();
    CompletableFuture<Material> material = new CompletableFuture<>();
    // a thread of its own, not the common pool: it inherits the context class loader of the application (DSS finds
    // its implementations through it, which the common pool's threads do not have in the packaged jar)
    Thread generator = new Thread(() -> {
      try {
        material.complete(generate(username, displayName, now, clock));
      } catch (RuntimeException | Error e) {
        material.completeExceptionally(e);
      }
    }, "organisation-key-" + username);
    generator.setDaemon(true);
    generator.start();
    return new OrganisationSigner(username, material);
  }

  private static Material generate(String username, String displayName, Instant now, Clock clock) {
    TestCertificateAuthority ca = TestCertificateAuthority.create("Hồ sơ CBCCVC – CA thử nghiệm đồng bộ", now);
    char[] pin = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
    try {
      Path directory = Files.createTempDirectory("hoso-sync-key");
      directory.toFile().deleteOnExit();
      Path file = ca.issuePkcs12(directory, username, displayName, pin, now.minus(Duration.ofDays(700)),
          now.plus(Duration.ofDays(20 * 365)), TestCertificateAuthority.SIGNER_KEY_USAGE);
      file.toFile().deleteOnExit();
      return material(directory, pin, List.of(ca.certificate()), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  private Material material() {
    try {
      return material.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new IllegalStateException("the key of " + username + " could not be made", e.getCause());
    }
  }

  /** The detached JAdES (compact JWS, UTF-8 text) over the canonical JSON of {@code data}. */
  public String sign(JsonNode data) {
    Material m = material();
    try (SignerKey key = new Pkcs12SignerKeys(m.keysDirectory()).unlock(username, m.pin())) {
      return new String(m.signing().signData(username, data, key), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Validation of a detached signature over the canonical JSON of {@code data} against the trust anchors. */
  public SignatureValidation validate(JsonNode data, String signature) {
    return material().signing().validateDetached(CanonicalJson.bytes(data),
        signature.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The roots this signer's signatures chain to (what the receiving side must trust). */
  public List<X509Certificate> trustAnchors() {
    return material().trustAnchors();
  }

  /** Reads PEM (or DER) certificate files, e.g. the trust anchors of a receiving side. */
  public static List<X509Certificate> certificates(List<Path> files) {
    List<X509Certificate> certificates = new ArrayList<>();
    for (Path file : files) {
      certificates.add(readCertificate(file));
    }
    return certificates;
  }

  private static X509Certificate readCertificate(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("not an X.509 certificate: " + pem, e);
    }
  }
}
