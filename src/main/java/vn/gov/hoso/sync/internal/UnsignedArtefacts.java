package vn.gov.hoso.sync.internal;

import java.util.Optional;
import vn.gov.hoso.sync.SignedArtefacts;

/** Until the signing module provides {@link SignedArtefacts}: no head signature travels with the record. */
final class UnsignedArtefacts implements SignedArtefacts {

  @Override
  public Optional<String> dataSignature(String dossierId, int versionNumber) {
    return Optional.empty();
  }
}
