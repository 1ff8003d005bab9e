package vn.gov.hoso.signing.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signing module, prefix {@code hoso.signing}.
 *
 * @param keysDirectory where the PKCS#12 files of the signers live ({@code <username>.p12}, protected by the signer's
 *     PIN); in the demo the generated keys and the demo CA's certificate ({@code demo-ca.pem}) are written here
 * @param trustAnchors PEM files of the root certificates a signer's certificate must chain to (comma separated)
 * @param tsaUrl an RFC 3161 timestamp authority; when set the signatures are PAdES/JAdES BASELINE-T, else BASELINE-B
 * @param demoKeys generate a demo CA and PKCS#12 keys for the demo heads at first start (only with the demo data)
 * @param demoSigners usernames that get a demo key
 * @param demoPin the PIN of the demo keys: the demo password
 */
@ConfigurationProperties("hoso.signing")
public record SigningProperties(Path keysDirectory, List<Path> trustAnchors, @Nullable URI tsaUrl, boolean demoKeys,
    List<String> demoSigners, String demoPin) {

  public SigningProperties(@Nullable Path keysDirectory, @Nullable List<Path> trustAnchors, @Nullable URI tsaUrl,
      boolean demoKeys, @Nullable List<String> demoSigners, @Nullable String demoPin) {
    this.keysDirectory = keysDirectory == null ? Path.of("data", "signing", "keys") : keysDirectory;
    this.trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    this.tsaUrl = tsaUrl == null || tsaUrl.toString().isBlank() ? null : tsaUrl;
    this.demoKeys = demoKeys;
    this.demoSigners = demoSigners == null ? List.of() : List.copyOf(demoSigners);
    this.demoPin = demoPin == null ? "" : demoPin;
    if (demoKeys && this.demoPin.length() < 8) {
      throw new IllegalArgumentException("hoso.signing.demo-pin (the demo password) must have at least 8 characters");
    }
  }

  /** The demo CA's certificate, a trust anchor while demo keys are on. */
  public Path demoCaCertificate() {
    return keysDirectory.resolve(DemoSigningKeys.CA_FILE);
  }
}
