package vn.gov.hoso.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.stereotype.Service;

/**
 * Signs a JSON document (not a dossier version) with a person's own server-held key, opened with the PIN they typed:
 * e.g. the Sở Nội vụ director signing the manifest of a monthly sync batch. Detached JAdES-BASELINE-B over the
 * {@link CanonicalJson canonical JSON}, with the certificate checks of {@link SigningService} (the certificate is the
 * signer's, valid, may sign, chains to a trust anchor). Who may sign what is the caller's business.
 */
@Service
public class PersonalDataSigning {

  private final SigningService signing;
  private final SignerKeys keys;

  public PersonalDataSigning(SigningService signing, SignerKeys keys) {
    this.signing = signing;
    this.keys = keys;
  }

  /**
   * The detached JAdES (compact JWS, UTF-8 text) of {@code signer} over {@code data}. The PIN array is wiped before
   * returning.
   *
   * @throws vn.gov.hoso.common.BusinessException {@code signingKeyNotFound}, {@code signingPinWrong} or a refused
   *     certificate (see {@code docs/signing.md})
   */
  public String sign(String signer, JsonNode data, char[] pin) {
    try (SignerKey key = keys.unlock(signer, pin)) {
      return new String(signing.signData(signer, data, key), StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  /** Validation of a detached signature over the canonical JSON of {@code data} against the trust anchors. */
  public SignatureValidation validate(JsonNode data, String signature) {
    return signing.validateDetached(CanonicalJson.bytes(data), signature.getBytes(StandardCharsets.UTF_8));
  }
}
