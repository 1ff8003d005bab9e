package vn.gov.hoso.dossier;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.Role;

/**
 * The permanent archive and the secondment: an archived dossier is read-only for everyone and forever (every write
 * refuses with {@code dossierArchived}, nothing is deleted) and readable only by {@link #ARCHIVE_READERS} in their
 * scope; a seconded person's own dossier is read-only for them until they return ({@code dossierSeconded}). Pure
 * rules, no state.
 */
public final class ArchiveRules {

  /**
   * Who reads archived dossiers (within their scope: the unit subtree that held the dossier, or the whole province):
   * focal officers, heads, the Sở Nội vụ administrator and director.
   */
  public static final Set<Role> ARCHIVE_READERS = Set.of(Role.FOCAL_OFFICER, Role.UNIT_HEAD, Role.SNV_ADMIN,
      Role.SNV_DIRECTOR);

  private ArchiveRules() {}

  /**
   * Before any write to a dossier.
   *
   * @throws BusinessException {@code dossierArchived} (409) once archived
   */
  static void requireNotArchived(String dossierId, @Nullable Instant archivedAt) {
    if (archivedAt != null) {
      throw new BusinessException("dossierArchived", ErrorKind.CONFLICT, dossierId);
    }
  }

  /**
   * Before a write that the owner's declaration makes (draft, upload, submission, change, unlock for a new
   * declaration).
   *
   * @throws BusinessException {@code dossierArchived} (409) once archived, {@code dossierSeconded} (409) while the
   *     person is seconded
   */
  static void requireDeclarable(String dossierId, @Nullable Instant archivedAt, EmploymentStatus status) {
    requireNotArchived(dossierId, archivedAt);
    if (status == EmploymentStatus.SECONDED) {
      throw new BusinessException("dossierSeconded", ErrorKind.CONFLICT, dossierId);
    }
  }

  /** Whether a reader with these roles may read archived dossiers in their scope. */
  public static boolean readsArchive(Set<Role> roles) {
    return roles.stream().anyMatch(ARCHIVE_READERS::contains);
  }
}
