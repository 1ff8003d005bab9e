package vn.gov.hoso.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.ImportDossier;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.organisation.Unit;

/**
 * Inbound pull (issue 6 item 6): for a person arriving from another province, reads the latest national record by
 * CCCD and creates the local dossier in the receiving unit, version 1 waiting for the unit's verification. The read of
 * the national record is audited ({@value #AUDIT_READ}) before anything is stored.
 *
 * <p>Who: a focal officer whose unit subtree holds the receiving unit, or the Sở Nội vụ administrator. The person's
 * account is not created here (account provisioning): until it exists, the declaration task the process assigns to the
 * CCCD after a rejection waits unclaimed.
 */
@Service
public class InboundSync {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InboundSync.class);

  public static final String AUDIT_READ = "NATIONAL_RECORD_READ";
  static final String ENDPOINT = "POST /api/sync/inbound";

  /** Fields the national record may carry that only mean something in the sending province. */
  static final List<String> LOCAL_ONLY = List.of("dossierId", "employingUnitId", "managingAgencyId", "photo");

  private final NationalRegistry registry;
  private final DossierService dossiers;
  private final OrganisationService organisation;
  private final AuditService audit;
  private final ApplicationEventPublisher events;

  public InboundSync(NationalRegistry registry, DossierService dossiers, OrganisationService organisation,
      AuditService audit, ApplicationEventPublisher events) {
    this.events = events;
    this.registry = registry;
    this.dossiers = dossiers;
    this.organisation = organisation;
    this.audit = audit;
  }

  /**
   * Pulls the person's national record into {@code unitId}.
   *
   * @throws BusinessException {@code unitNotFound} (400), {@code inboundForbidden} (403, checked first: nothing is
   *     said about the person), {@code inboundDossierExists} (409: a transfer within the province is a move, not an
   *     import), {@code nationalRecordNotFound} (404)
   * @throws BusinessException {@code nationalRegistryUnavailable} (503) when the national database does not answer
   *     (nothing is stored)
   */
  @Transactional
  public InboundResult pull(String citizenId, String unitId, String actor) {
    return doPull(citizenId, unitId, actor);
  }

  /**
   * The pull for the process {@code transfer-into-province}: as {@link #pull}, but a business refusal is answered
   * (its error code) instead of thrown, so the process's transaction stays usable for the model's error path.
   *
   * @return empty when the dossier was created, else the refusal's code ({@code nationalRecordNotFound},
   *     {@code inboundDossierExists}, {@code inboundForbidden}, …)
   * @throws BusinessException {@code nationalRegistryUnavailable} when the national database does not answer (a
   *     technical failure: the job is retried)
   */
  @Transactional
  public Optional<String> pullForProcess(String citizenId, String unitId, String actor) {
    try {
      doPull(citizenId, unitId, actor);
      return Optional.empty();
    } catch (BusinessException e) {
      if ("nationalRegistryUnavailable".equals(e.code())) {
        throw e;
      }
      return Optional.of(e.code());
    }
  }

  private InboundResult doPull(String citizenId, String unitId, String actor) {
    Unit unit = checkPull(citizenId, unitId, actor);
    NationalRecord record;
    try {
      record = registry.pull(citizenId)
          .orElseThrow(() -> new BusinessException("nationalRecordNotFound", ErrorKind.NOT_FOUND, citizenId));
    } catch (NationalAnswerUnverifiedException e) {
      LOG.warn("inbound pull of {} refused: {}", citizenId, e.getMessage());
      throw new BusinessException("nationalAnswerUnverified", ErrorKind.UNAVAILABLE, citizenId);
    } catch (NationalRegistryUnavailableException e) {
      throw new BusinessException("nationalRegistryUnavailable", ErrorKind.UNAVAILABLE);
    }
    audit.record(actor, AUDIT_READ, citizenId, ENDPOINT);
    dossiers.importFromNational(toImport(record, unit.id()), actor);
    return new InboundResult(citizenId, unit.id(), 1, "SUBMITTED", record.provinceCode(), record.versionNumber());
  }

  /**
   * Asks for the pull as a process ({@code transfer-into-province}, started on {@link TransferIntoProvinceRequested}):
   * the same checks as {@link #pull}, nothing read from the national database yet; the process pulls asynchronously,
   * with retries when the national database does not answer.
   *
   * @throws BusinessException as {@link #pull} before the national database is asked
   */
  @Transactional
  public void requestTransferIn(String citizenId, String unitId, String actor) {
    Unit unit = checkPull(citizenId, unitId, actor);
    events.publishEvent(new TransferIntoProvinceRequested(citizenId, unit.id(), actor));
  }

  private Unit checkPull(String citizenId, String unitId, String actor) {
    Unit unit = organisation.unit(unitId)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, unitId));
    if (!mayImport(actor, unit)) {
      throw new BusinessException("inboundForbidden", ErrorKind.FORBIDDEN, unitId);
    }
    if (!citizenId.matches("\\d{12}")) {
      throw new BusinessException("inboundCitizenIdInvalid", ErrorKind.INVALID, citizenId);
    }
    if (dossiers.exists(citizenId)) {
      throw new BusinessException("inboundDossierExists", ErrorKind.CONFLICT, citizenId);
    }
    return unit;
  }

  /** The national record as the import command: the sending province's local ids left out. */
  static ImportDossier toImport(NationalRecord record, String unitId) {
    ObjectNode content = record.fields().deepCopy();
    content.remove(LOCAL_ONLY);
    return new ImportDossier(record.citizenId(), unitId, content, record.provinceCode(), record.versionNumber(),
        record.signedAt());
  }

  private boolean mayImport(String actor, Unit unit) {
    Account account = organisation.account(actor).orElse(null);
    if (account == null || !organisation.isActive(actor)) {
      return false;
    }
    if (account.roles().contains(Role.SNV_ADMIN)) {
      return true;
    }
    return account.roles().contains(Role.FOCAL_OFFICER)
        && organisation.scopeOf(actor).subtree().filter(unit.path()::startsWith).isPresent();
  }

  /** What {@code POST /api/sync/inbound} answers. */
  public record InboundResult(String dossierId, String unitId, int versionNumber, String status,
      String originProvinceCode, int nationalVersion) {}
}
