package vn.gov.hoso.sync.internal;

import java.util.Optional;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.sync.SignedArtefacts;

/** The head's data signature as the signing step stored it with the version (dossier module). */
final class StoredArtefacts implements SignedArtefacts {

  private final DossierService dossiers;

  StoredArtefacts(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public Optional<String> dataSignature(String dossierId, int versionNumber) {
    return dossiers.storedDataSignature(dossierId, versionNumber);
  }
}
