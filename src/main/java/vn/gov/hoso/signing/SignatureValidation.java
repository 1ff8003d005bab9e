package vn.gov.hoso.signing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating one signature with the configured trust anchors (ETSI EN 319 102-1 terms, as DSS reports
 * them).
 *
 * @param indication {@code TOTAL_PASSED}, {@code INDETERMINATE}, {@code TOTAL_FAILED}, or {@link #NO_SIGNATURE}
 * @param subIndication why it did not pass, e.g. {@code HASH_FAILURE}, {@code NO_CERTIFICATE_CHAIN_FOUND}
 * @param signer the signer's name (certificate CN)
 * @param signingTime the time the signer claims
 * @param format the signature level, e.g. {@code PAdES-BASELINE-B}, {@code JAdES-BASELINE-B}
 */
public record SignatureValidation(String indication, @Nullable String subIndication, @Nullable String signer,
    @Nullable Instant signingTime, @Nullable String format) {

  /** Indication when the document carries no signature at all. */
  public static final String NO_SIGNATURE = "NO_SIGNATURE_FOUND";

  public static SignatureValidation noSignature() {
    return new SignatureValidation(NO_SIGNATURE, null, null, null, null);
  }

  /** Whether the signature is valid: intact, by a certificate that chains to a trust anchor. */
  public boolean isValid() {
    return "TOTAL_PASSED".equals(indication);
  }
}
