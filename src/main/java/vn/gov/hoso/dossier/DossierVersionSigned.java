package vn.gov.hoso.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * Published inside the transaction in which a dossier version became signed ("Đã ký") by the head of unit. Listeners
 * that must not lose it (the national-sync outbox) handle it in the same transaction, before the commit.
 *
 * @param dossierId the dossier (the person's CCCD)
 * @param versionNumber the signed version
 * @param unitId the employing unit at signing time
 * @param signedAt when the head signed
 */
public record DossierVersionSigned(String dossierId, int versionNumber, String unitId, Instant signedAt) {

  public DossierVersionSigned {
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(signedAt, "signedAt");
    if (versionNumber < 1) {
      throw new IllegalArgumentException("version numbers start at 1: " + versionNumber);
    }
  }
}
