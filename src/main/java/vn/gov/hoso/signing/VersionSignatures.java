package vn.gov.hoso.signing;

import java.time.Instant;

/**
 * The signatures of one dossier version as validated now.
 *
 * @param signer username of the head who signed
 * @param signerName the signer's name from the certificate
 * @param signedAt the signing time recorded when signing
 * @param pdf validation of the PAdES signature inside the stored PDF
 * @param data validation of the detached JAdES against the canonical JSON of the stored snapshot
 */
public record VersionSignatures(String dossierId, int versionNumber, String signer, String signerName,
    Instant signedAt, SignatureValidation pdf, SignatureValidation data) {

  /** Whether both signatures are valid. */
  public boolean isValid() {
    return pdf.isValid() && data.isValid();
  }
}
