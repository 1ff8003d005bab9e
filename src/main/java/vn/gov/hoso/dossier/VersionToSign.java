package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a head signs for one dossier version: the official CV without the "BẢN NHÁP" mark and the version's snapshot,
 * whose canonical JSON the data signature covers.
 *
 * @param unitId the unit that employs the person (whose head must sign)
 * @param pdf the rendered CV, reproducible from the version
 * @param snapshot the version's data as stored
 */
public record VersionToSign(String dossierId, int versionNumber, String unitId, byte[] pdf, JsonNode snapshot) {

  public VersionToSign {
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(unitId, "unitId");
    pdf = pdf.clone();
    snapshot = snapshot.deepCopy();
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  @Override
  public JsonNode snapshot() {
    return snapshot.deepCopy();
  }
}
