package vn.gov.hoso.sync;

import java.util.Optional;

/**
 * Port to the signed artefacts of a dossier version (signing module): the head's detached JAdES data signature over
 * the version's canonical JSON, carried in the national payload as {@code record.headSignature}; the default reads the
 * one stored with the version when the head signed it.
 */
public interface SignedArtefacts {

  /** The head's detached JAdES (compact JWS) over the version's canonical JSON, if the version is signed. */
  Optional<String> dataSignature(String dossierId, int versionNumber);
}
