package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * The signatures of one dossier version as stored: the signed PDF and the detached data signature, with the snapshot
 * the data signature covers (as stored now, so a changed snapshot shows in validation).
 *
 * @param signer username of the head who signed
 * @param signerName the signer's name from the certificate
 * @param signedAt the claimed signing time
 */
public record SignedVersion(String dossierId, int versionNumber, byte[] signedPdf, byte[] dataSignature,
    JsonNode snapshot, String signer, String signerName, Instant signedAt) {

  public SignedVersion {
    Objects.requireNonNull(dossierId, "dossierId");
    signedPdf = signedPdf.clone();
    dataSignature = dataSignature.clone();
    snapshot = snapshot.deepCopy();
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(signerName, "signerName");
    Objects.requireNonNull(signedAt, "signedAt");
  }

  @Override
  public byte[] signedPdf() {
    return signedPdf.clone();
  }

  @Override
  public byte[] dataSignature() {
    return dataSignature.clone();
  }

  @Override
  public JsonNode snapshot() {
    return snapshot.deepCopy();
  }
}
