package vn.gov.hoso.dossier.internal;

import org.springframework.stereotype.Component;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.ArchiveRules;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;

/**
 * The read policy: an employee reads their own dossier, an officer the dossiers of their unit's subtree, the Sở Nội
 * vụ the whole province. Every allowed read is audited; every refused one too. A reader without province-wide scope
 * gets 403 for a CCCD that does not exist, so the API does not reveal which CCCDs have a dossier.
 *
 * <p>Sensitive fields ({@code DossierSchema#sensitiveKeys}) are visible, within that scope, to the person themself and
 * to the roles of {@link Role#seesSensitiveData()}; each time they are decrypted for a reader, an extra audit row
 * {@code DOSSIER_READ_SENSITIVE} is written.
 *
 * <p>An archived dossier is read only by the roles of {@link ArchiveRules#ARCHIVE_READERS} within the same scope (the
 * unit subtree that held it, or the whole province); anyone else gets the same 403 as out of scope, audited.
 */
@Component
public class DossierAccess {

  private final DossierRepository dossiers;
  private final OrganisationService organisation;
  private final AuditService audit;

  public DossierAccess(DossierRepository dossiers, OrganisationService organisation, AuditService audit) {
    this.dossiers = dossiers;
    this.organisation = organisation;
    this.audit = audit;
  }

  public DossierEntity readable(String dossierId, String actor, String endpoint) {
    AccessScope scope = organisation.scopeOf(actor);
    DossierEntity dossier = dossiers.findById(dossierId).orElse(null);
    if (dossier == null) {
      if ("/".equals(scope.subtreePath())) {
        throw new BusinessException("dossierNotFound", ErrorKind.NOT_FOUND, dossierId);
      }
      audit.record(actor, AuditService.DOSSIER_READ_DENIED, null, endpoint);
      throw new BusinessException("dossierForbidden", ErrorKind.FORBIDDEN, dossierId);
    }
    if (!scope.permits(dossier.getId(), dossier.getUnitPath())
        || dossier.getArchivedAt() != null && !readsArchive(actor)) {
      audit.record(actor, AuditService.DOSSIER_READ_DENIED, dossierId, endpoint);
      throw new BusinessException("dossierForbidden", ErrorKind.FORBIDDEN, dossierId);
    }
    audit.record(actor, AuditService.DOSSIER_READ, dossierId, endpoint);
    return dossier;
  }

  /**
   * Whether the reader of a dossier (already allowed by {@link #readable}) may see its sensitive fields; when so, the
   * read of them is audited.
   */
  public boolean sensitiveReadable(DossierEntity dossier, String actor, String endpoint) {
    if (!seesSensitive(dossier.getId(), actor)) {
      return false;
    }
    audit.record(actor, AuditService.DOSSIER_READ_SENSITIVE, dossier.getId(), endpoint);
    return true;
  }

  /**
   * For documents that are complete or not issued at all (the official CV): refuses a reader who may not see the
   * sensitive fields, audited.
   *
   * @throws BusinessException {@code sensitiveDataForbidden} (403)
   */
  public void requireSensitive(DossierEntity dossier, String actor, String endpoint) {
    if (!sensitiveReadable(dossier, actor, endpoint)) {
      audit.record(actor, AuditService.DOSSIER_READ_SENSITIVE_DENIED, dossier.getId(), endpoint);
      throw new BusinessException("sensitiveDataForbidden", ErrorKind.FORBIDDEN, dossier.getId());
    }
  }

  private boolean seesSensitive(String dossierId, String actor) {
    return dossierId.equals(actor) || organisation.account(actor)
        .map(account -> account.roles().stream().anyMatch(Role::seesSensitiveData))
        .orElse(false);
  }

  /**
   * Whether the reader may read archived dossiers (in their scope): focal officers, heads, the Sở Nội vụ administrator
   * and director ({@link ArchiveRules#ARCHIVE_READERS}); not the former employee, specialists, agency staff, managers.
   */
  public boolean readsArchive(String actor) {
    return organisation.isActive(actor) && organisation.account(actor)
        .map(account -> ArchiveRules.readsArchive(account.roles())).orElse(false);
  }

  /** Records a read by a system process (no user scope applies). */
  public void auditSystemRead(String dossierId, String system, String purpose) {
    audit.record(system, AuditService.DOSSIER_READ, dossierId, purpose);
  }

  public AccessScope scopeOf(String actor) {
    return organisation.scopeOf(actor);
  }
}
