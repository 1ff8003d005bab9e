package vn.gov.hoso.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.signing.CanonicalJson;
import vn.gov.hoso.signing.CertificateOwners;
import vn.gov.hoso.signing.SignatureValidation;
import vn.gov.hoso.signing.SigningService;
import vn.gov.hoso.sync.NationalAnswerUnverifiedException;

/**
 * Checks the national database's signature on an answer: a detached JAdES (compact JWS) over the {@link CanonicalJson
 * canonical JSON} of the answer's body, sent in the header {@value #SIGNATURE_HEADER}, validated with DSS against the
 * national trust anchors only (no anchors = every answer refused). The anchors are looked up at the first answer, so
 * a simulator that provides them may start after the adapter.
 */
public final class NationalAnswerVerifier {

  /** Response header carrying the national side's detached signature of the body. */
  public static final String SIGNATURE_HEADER = "X-JWS-Signature";

  private final Supplier<List<X509Certificate>> anchors;
  private final Clock clock;
  private volatile @Nullable SigningService verifier;

  public NationalAnswerVerifier(Supplier<List<X509Certificate>> anchors, Clock clock) {
    this.anchors = anchors;
    this.clock = clock;
  }

  /**
   * @param what what was asked, for the message (e.g. "for the record of 001187023456")
   * @throws NationalAnswerUnverifiedException when the signature is missing or does not validate
   */
  public void verify(@Nullable JsonNode body, @Nullable String signature, String what) {
    if (signature == null || signature.isBlank()) {
      throw new NationalAnswerUnverifiedException("the national database's answer " + what + " is not signed (no "
          + SIGNATURE_HEADER + " header)");
    }
    if (body == null) {
      throw new NationalAnswerUnverifiedException("the national database's answer " + what + " has no body");
    }
    SignatureValidation validation = verifier().validateDetached(CanonicalJson.bytes(body),
        signature.strip().getBytes(StandardCharsets.UTF_8));
    if (!validation.isValid()) {
      throw new NationalAnswerUnverifiedException("the signature of the national database's answer " + what
          + " does not validate against hoso.sync.national-trust-anchors: " + validation.indication()
          + (validation.subIndication() == null ? "" : " / " + validation.subIndication()));
    }
  }

  private SigningService verifier() {
    SigningService current = verifier;
    if (current == null) {
      // the national side is checked by its chain, not by a user name
      CertificateOwners anyOwner = (certificate, username) -> true;
      current = new SigningService(anchors.get(), anyOwner, clock);
      verifier = current;
    }
    return current;
  }
}
