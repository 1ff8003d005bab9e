package vn.gov.hoso.dossier;

import java.util.Optional;

/**
 * Port: the national-sync state of a dossier's latest signed version (PENDING, SENT, ACCEPTED, REJECTED), shown with
 * the dossier. Implemented by the sync module; the dossier module does not depend on it.
 */
public interface NationalSyncStatus {

  /** The state of the latest signed version of the dossier; empty when no version has been signed yet. */
  Optional<String> ofLatestSignedVersion(String dossierId);
}
