package vn.gov.hoso.sync;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the national synchronisation, prefix {@code hoso.sync}.
 *
 * @param url base URL of the national database's API (environment {@code HOSO_SYNC_URL}); blank = the simulator of
 *     this application ({@code /simulator/csdlqg} on the local port), the demo default
 * @param sslBundle name of a Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) holding the client key pair the
 *     Ministry issues and the truststore of its server: mutual TLS; blank = plain HTTPS/HTTP with the JDK's trust
 * @param connectTimeout TCP connect timeout
 * @param readTimeout how long one delivery may wait for the answer; a timeout is a failed attempt (the job retries)
 * @param mode {@code MONTHLY_BATCH} or {@code PER_RECORD}; blank = from the rule set ({@code nd27-2026} → per record)
 * @param ruleSet the deadline rule set in force (defaults to {@code hoso.deadlines.rule-set})
 * @param provinceCode code of the sending province (catalog provinces-2025), e.g. {@code 33} for Hưng Yên
 * @param signer the Sở Nội vụ key that signs every payload
 * @param nationalTrustAnchors PEM root certificates the national database's signed answers (inbound pull) must chain
 *     to (environment {@code HOSO_SYNC_NATIONAL_TRUST_ANCHORS}); empty = the simulator's certificate in the demo, and
 *     without the simulator every answer is refused
 */
@Validated
@ConfigurationProperties("hoso.sync")
public record SyncProperties(
    @Nullable String url,
    @Nullable String sslBundle,
    Duration connectTimeout,
    Duration readTimeout,
    @Nullable DeliveryMode mode,
    @NotBlank String ruleSet,
    @NotBlank String provinceCode,
    Signer signer,
    @Nullable List<Path> nationalTrustAnchors) {

  public SyncProperties {
    nationalTrustAnchors = nationalTrustAnchors == null ? List.of() : List.copyOf(nationalTrustAnchors);
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    signer = signer == null ? new Signer(null, null, null, null, null) : signer;
  }

  /** The mode in force. */
  public DeliveryMode deliveryMode() {
    if (mode != null) {
      return mode;
    }
    return "nd27-2026".equals(ruleSet) ? DeliveryMode.PER_RECORD : DeliveryMode.MONTHLY_BATCH;
  }

  /**
   * The organisation key. With {@code keysDirectory} blank, a throwaway test key is generated at start (demo only; the
   * prod profile refuses it).
   *
   * @param username subject UID of the certificate, and the file name {@code <username>.p12}
   * @param displayName CN of a generated certificate
   * @param keysDirectory directory of the PKCS#12 file (environment {@code HOSO_SYNC_KEYS_DIRECTORY})
   * @param pin PIN of the PKCS#12 file (environment {@code HOSO_SYNC_KEY_PIN}, no default)
   * @param trustAnchors PEM root certificates of the key's CA
   */
  public record Signer(@Nullable String username, @Nullable String displayName, @Nullable Path keysDirectory,
      @Nullable String pin, @Nullable List<Path> trustAnchors) {

    public Signer {
      username = username == null || username.isBlank() ? "snv.dongbo" : username.strip();
      displayName = displayName == null || displayName.isBlank() ? "Sở Nội vụ tỉnh Hưng Yên" : displayName;
      trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    public boolean isGenerated() {
      return keysDirectory == null;
    }
  }
}
