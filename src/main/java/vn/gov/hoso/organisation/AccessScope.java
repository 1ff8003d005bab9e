package vn.gov.hoso.organisation;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an account may read: its own dossier (always), the dossiers of a unit subtree (officers), or the whole
 * province (Sở Nội vụ).
 *
 * @param subtreePath materialised path whose subtree is readable, or null when only the own dossier is
 */
public record AccessScope(String username, @Nullable String subtreePath) {

  public AccessScope {
    Objects.requireNonNull(username, "username");
  }

  public static AccessScope ownDossierOnly(String username) {
    return new AccessScope(username, null);
  }

  public Optional<String> subtree() {
    return Optional.ofNullable(subtreePath);
  }

  /** Whether a dossier of this person, kept in the unit with the given path, is readable. */
  public boolean permits(String dossierId, String unitPath) {
    return username.equals(dossierId) || (subtreePath != null && unitPath.startsWith(subtreePath));
  }
}
