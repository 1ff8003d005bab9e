package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.Role;

/**
 * The lock of a confirmed dossier. Once the focal officer confirms a version it is locked: the employee cannot save
 * drafts, attach documents or submit. Later changes go through a change ({@code dossier-change}), and an authorised
 * officer may unlock it (a recorded act that re-opens the declaration). Pure rules, no state.
 */
final class LockRules {

  /** Roles that may unlock a dossier in their scope: focal officers and heads of the unit or above, Sở Nội vụ. */
  static final Set<Role> UNLOCKING_ROLES = Set.of(Role.FOCAL_OFFICER, Role.UNIT_HEAD, Role.SNV_ADMIN,
      Role.SNV_DIRECTOR);

  private LockRules() {}

  /**
   * Before the employee saves a draft, attaches a document or submits.
   *
   * @throws BusinessException {@code dossierLocked} (409) while locked, {@code dossierNotEditable} (409) while a
   *     submitted version waits for verification
   */
  static void requireEditable(String dossierId, DossierStatus status, boolean locked) {
    if (locked) {
      throw new BusinessException("dossierLocked", ErrorKind.CONFLICT, dossierId);
    }
    if (status == DossierStatus.SUBMITTED) {
      throw new BusinessException("dossierNotEditable", ErrorKind.CONFLICT, dossierId, status.labelVi());
    }
  }

  /**
   * Before a change is opened: the dossier is locked, no other change is open, no signing runs, and the event has
   * happened.
   */
  static void requireChangeable(String dossierId, boolean locked, @Nullable String openChangeId,
      boolean signingInProgress, LocalDate eventDate, LocalDate today) {
    if (openChangeId != null) {
      throw new BusinessException("changeAlreadyOpen", ErrorKind.CONFLICT, dossierId);
    }
    if (!locked) {
      throw new BusinessException("dossierNotLocked", ErrorKind.CONFLICT, dossierId);
    }
    if (signingInProgress) {
      throw new BusinessException("changeWhileSigning", ErrorKind.CONFLICT, dossierId);
    }
    if (eventDate.isAfter(today)) {
      throw new BusinessException("changeEventInFuture", ErrorKind.INVALID, eventDate.toString());
    }
  }

  /**
   * Before an unlock (the caller's scope is checked before): an unlocking role, not the dossier's owner, a reason,
   * and a locked dossier.
   */
  static void requireUnlockable(String dossierId, boolean locked, String actor, Set<Role> actorRoles,
      @Nullable String reason) {
    if (actor.equals(dossierId) || actorRoles.stream().noneMatch(UNLOCKING_ROLES::contains)) {
      throw new BusinessException("unlockNotAllowed", ErrorKind.FORBIDDEN, dossierId);
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("unlockReasonRequired", ErrorKind.INVALID);
    }
    if (reason.strip().length() > 2000) {
      throw new BusinessException("unlockReasonTooLong", ErrorKind.INVALID, 2000);
    }
    if (!locked) {
      throw new BusinessException("dossierNotLocked", ErrorKind.CONFLICT, dossierId);
    }
  }
}
