package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.VietnameseText;
import vn.gov.hoso.dossier.internal.DossierAccess;
import vn.gov.hoso.dossier.internal.DossierEntity;
import vn.gov.hoso.dossier.internal.DossierHistoryEntity;
import vn.gov.hoso.dossier.internal.DossierHistoryRepository;
import vn.gov.hoso.dossier.internal.DossierRepository;
import vn.gov.hoso.dossier.internal.DossierVersionEntity;
import vn.gov.hoso.dossier.internal.DossierVersionRepository;
import vn.gov.hoso.dossier.internal.SensitiveContent;
import vn.gov.hoso.dossier.internal.StoredContent;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;

/**
 * Exits, transfers out of the province and the permanent archive (issue 7). Called by the workflow ({@code exit},
 * {@code transfer-out-of-province}) and by the archive API.
 *
 * <ul>
 *   <li>The employment status is the column {@code employment_status} and the content field {@code employmentStatus}
 *       (its Vietnamese label), kept equal; every change of it is a history row.
 *   <li>A final exit (retirement, resignation, dismissal, death) and a transfer out archive the dossier: {@code
 *       archived_at} is set, nothing is deleted, and from then on every write refuses with {@code dossierArchived}
 *       ({@link ArchiveRules}). Only focal officers, heads and the Sở Nội vụ read it, in their scope, audited.
 *   <li>A secondment keeps the dossier active but read-only for its owner until the return.
 * </ul>
 */
@Service
@Transactional
public class DossierArchive {

  /** Audit action of a listing of the archive (no dossier content is read). */
  public static final String AUDIT_ARCHIVE_LIST = "ARCHIVE_LIST";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DossierRepository dossiers;
  private final DossierVersionRepository versions;
  private final DossierHistoryRepository history;
  private final DossierAccess access;
  private final SensitiveContent sensitive;
  private final OrganisationService organisation;
  private final DossierProcesses processes;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public DossierArchive(DossierRepository dossiers, DossierVersionRepository versions,
      DossierHistoryRepository history, DossierAccess access, SensitiveContent sensitive,
      OrganisationService organisation, DossierProcesses processes, AuditService audit,
      ApplicationEventPublisher events, Clock clock) {
    this.dossiers = dossiers;
    this.versions = versions;
    this.history = history;
    this.access = access;
    this.sensitive = sensitive;
    this.organisation = organisation;
    this.processes = processes;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- exit

  /**
   * A focal officer of the dossier's unit (or above) or the Sở Nội vụ administrator records an exit decision (start of
   * {@code exit}): who decides is checked first, then the values ({@code values} parses them, 400 problems), then the
   * decision is written to the history with the note.
   *
   * @throws BusinessException {@code dossierForbidden} / {@code exitForbidden} (403), {@code dossierArchived},
   *     {@code exitAlreadyOpen}, {@code alreadySeconded} (409)
   */
  public Decided<ExitDecision> decideExit(String dossierId, Supplier<ExitDecision> values, String actor,
      String endpoint) {
    DossierEntity entity = decidable(dossierId, actor, endpoint);
    ExitDecision decision = values.get();
    if (decision.kind() == ExitKind.SECONDMENT && entity.employment() == EmploymentStatus.SECONDED) {
      throw new BusinessException("alreadySeconded", ErrorKind.CONFLICT, dossierId);
    }
    record(entity, actor, HistoryAction.EXIT_DECIDED, null, describe(decision) + note(decision.note()));
    return new Decided<>(entity.getEmployingUnitId(), decision);
  }

  /**
   * Records the employment status of an exit decision once it is in force: the status, the history row, and for a
   * final exit the archive ({@link DossierArchived} is published). A rejected {@code review} (the decision was wrong or
   * withdrawn) records only the cancellation with its note.
   *
   * @throws BusinessException {@code exitNotYetEffective} (400) before the effective date, {@code dossierArchived}
   *     (409)
   */
  public void recordExit(String dossierId, ExitDecision decision, ReviewDecision review, String actor) {
    DossierEntity entity = existing(dossierId);
    ArchiveRules.requireNotArchived(dossierId, entity.getArchivedAt());
    if (!review.approved()) {
      record(entity, actor, HistoryAction.EXIT_CANCELLED, null, describe(decision) + note(review.note()));
      return;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    if (decision.effectiveDate().isAfter(today)) {
      throw new BusinessException("exitNotYetEffective", ErrorKind.INVALID, decision.effectiveDate().format(DAY));
    }
    setEmployment(entity, decision.kind().status(), actor);
    record(entity, actor, HistoryAction.EMPLOYMENT_STATUS, null, describe(decision));
    if (decision.kind().isFinal()) {
      archive(entity, actor);
    }
  }

  /**
   * The seconded person is back (the return timer of {@code exit}): status Đang công tác again, history row. Does
   * nothing when the person is no longer seconded (e.g. they retired during the secondment).
   */
  public void endSecondment(String dossierId, String actor) {
    DossierEntity entity = existing(dossierId);
    if (entity.getArchivedAt() != null || entity.employment() != EmploymentStatus.SECONDED) {
      return;
    }
    setEmployment(entity, EmploymentStatus.ACTIVE, actor);
    record(entity, actor, HistoryAction.SECONDMENT_END, null, EmploymentStatus.ACTIVE.labelVi());
  }

  // ---------------------------------------------------------------- transfer out of the province

  /**
   * A focal officer (or the Sở Nội vụ administrator) records a transfer decision to another province (start of
   * {@code transfer-out-of-province}). The dossier must be confirmed and locked, without a change or a signing
   * running: its last state becomes the final version. Checked like {@link #decideExit}.
   *
   * @throws BusinessException {@code dossierForbidden} / {@code exitForbidden} (403), {@code dossierArchived},
   *     {@code exitAlreadyOpen}, {@code transferOutNotClosable} (409)
   */
  public Decided<TransferOutDecision> decideTransferOut(String dossierId, Supplier<TransferOutDecision> values,
      String actor, String endpoint) {
    DossierEntity entity = decidable(dossierId, actor, endpoint);
    TransferOutDecision decision = values.get();
    requireClosable(entity);
    record(entity, actor, HistoryAction.EXIT_DECIDED, null, describe(decision) + note(decision.note()));
    return new Decided<>(entity.getEmployingUnitId(), decision);
  }

  /**
   * Closes the dossier locally: the final version (the locked content with status Chuyển công tác) is made, confirmed
   * and locked, waiting for the head's signature (which queues it for the national database). Returns its number;
   * empty when the {@code review} is a rejection (decision wrong or withdrawn: only the cancellation is recorded).
   *
   * @throws BusinessException {@code dossierArchived}, {@code transferOutNotClosable} (409)
   */
  public OptionalInt closeForTransferOut(String dossierId, TransferOutDecision decision, ReviewDecision review,
      String actor) {
    DossierEntity entity = existing(dossierId);
    if (!review.approved()) {
      ArchiveRules.requireNotArchived(dossierId, entity.getArchivedAt());
      record(entity, actor, HistoryAction.EXIT_CANCELLED, null, describe(decision) + note(review.note()));
      return OptionalInt.empty();
    }
    requireClosable(entity);
    ObjectNode content = setEmployment(entity, EmploymentStatus.TRANSFERRED_OUT, actor);
    int number = entity.getCurrentVersion() + 1;
    Instant now = clock.instant();
    versions.save(new DossierVersionEntity(dossierId, number,
        sensitive.seal(content, SensitiveContent.versionOf(dossierId, number)), actor, now));
    entity.setCurrentVersion(number);
    entity.setStatus(DossierStatus.CONFIRMED.name());
    entity.setLastNote(null);
    entity.lockCurrentVersion();
    record(entity, actor, HistoryAction.TRANSFER_OUT, number, describe(decision));
    record(entity, actor, HistoryAction.CONFIRM, number, "Phiên bản cuối khi chuyển công tác / final version");
    return OptionalInt.of(number);
  }

  /**
   * Moves the dossier to the permanent archive (after the final version of a transfer is signed). Idempotent.
   */
  public void archive(String dossierId, String actor) {
    DossierEntity entity = existing(dossierId);
    if (entity.getArchivedAt() == null) {
      archive(entity, actor);
    }
  }

  /** The person's employment status, for the workflow (no content read, no audit row). */
  @Transactional(readOnly = true)
  public EmploymentStatus employmentStatus(String dossierId) {
    return existing(dossierId).employment();
  }

  // ---------------------------------------------------------------- the archive

  /**
   * Archived dossiers in the reader's scope, newest first: focal officers and heads see their unit's subtree, the Sở
   * Nội vụ the province. One audit row per listing (no content is read).
   *
   * @param unitId a unit whose subtree is listed
   * @param status an employment status (the reason of the archive)
   * @param q part of the name (diacritics ignored) or the beginning of a CCCD
   * @throws BusinessException {@code archiveForbidden} (403) for everyone else
   */
  @Transactional(readOnly = true)
  public Page<ArchivedDossier> archived(@Nullable String unitId, @Nullable EmploymentStatus status,
      @Nullable String q, int page, int size, String actor, String endpoint) {
    AccessScope scope = access.scopeOf(actor);
    if (!access.readsArchive(actor) || scope.subtree().isEmpty()) {
      audit.record(actor, AuditService.DOSSIER_READ_DENIED, null, endpoint);
      throw new BusinessException("archiveForbidden", ErrorKind.FORBIDDEN);
    }
    String unitPath = unitId == null || unitId.isBlank() ? null : organisation.unit(unitId)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, unitId)).path();
    String subtree = scope.subtree().orElseThrow();
    Specification<DossierEntity> spec = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.isNotNull(root.get("archivedAt")));
      where.add(cb.like(root.get("unitPath"), subtree + "%"));
      if (unitPath != null) {
        where.add(cb.like(root.get("unitPath"), unitPath + "%"));
      }
      if (status != null) {
        where.add(cb.equal(root.get("employmentStatus"), status.name()));
      }
      if (q != null && !q.isBlank()) {
        String text = q.trim();
        where.add(text.matches("\\d{1,12}")
            ? cb.like(root.get("id"), text + "%")
            : cb.like(root.get("fullNameSearch"), "%" + VietnameseText.fold(text) + "%"));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    audit.record(actor, AUDIT_ARCHIVE_LIST, null, endpoint);
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
        Sort.by(Sort.Order.desc("archivedAt"), Sort.Order.asc("id")));
    return dossiers.findAll(spec, request).map(e -> new ArchivedDossier(e.getId(), e.getFullName(), e.getGender(),
        e.getDateOfBirth(), e.getEmployingUnitId(), e.employment(), e.getCurrentVersion(),
        Objects.requireNonNull(e.getArchivedAt())));
  }

  // ---------------------------------------------------------------- internals

  private DossierEntity decidable(String dossierId, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    boolean allowed = !actor.equals(dossierId) && organisation.account(actor)
        .filter(a -> a.hasRole(Role.FOCAL_OFFICER) || a.hasRole(Role.SNV_ADMIN))
        .isPresent();
    if (!allowed) {
      throw new BusinessException("exitForbidden", ErrorKind.FORBIDDEN, dossierId);
    }
    ArchiveRules.requireNotArchived(dossierId, entity.getArchivedAt());
    if (processes.exitInProgress(dossierId)) {
      throw new BusinessException("exitAlreadyOpen", ErrorKind.CONFLICT, dossierId);
    }
    return entity;
  }

  private void requireClosable(DossierEntity entity) {
    ArchiveRules.requireNotArchived(entity.getId(), entity.getArchivedAt());
    if (!entity.isLocked() || entity.getOpenChangeId() != null || processes.signingInProgress(entity.getId())) {
      throw new BusinessException("transferOutNotClosable", ErrorKind.CONFLICT, entity.getId());
    }
  }

  /** Sets the status column and the content field to {@code status}; returns the full content. */
  private ObjectNode setEmployment(DossierEntity entity, EmploymentStatus status, String actor) {
    ObjectNode content = sensitive.open(
        new StoredContent(entity.getContent(), entity.getSensitiveContent(),
            entity.getSensitiveKeyId()), SensitiveContent.draftOf(entity.getId()));
    content.put("employmentStatus", status.labelVi());
    entity.setContent(sensitive.seal(content, SensitiveContent.draftOf(entity.getId())));
    entity.recordEmploymentStatus(status.name());
    entity.touch(clock.instant(), actor);
    return content;
  }

  private void archive(DossierEntity entity, String actor) {
    entity.archive(clock.instant());
    record(entity, actor, HistoryAction.ARCHIVE, entity.getCurrentVersion() == 0 ? null : entity.getCurrentVersion(),
        entity.employment().labelVi());
    events.publishEvent(new DossierArchived(entity.getId(), entity.getEmployingUnitId(), entity.getEmploymentStatus()));
  }

  private void record(DossierEntity entity, String actor, HistoryAction action, @Nullable Integer version,
      @Nullable String note) {
    String text = note == null || note.length() <= ExitDecision.MAX_NOTE ? note : note.substring(0, ExitDecision.MAX_NOTE);
    history.save(new DossierHistoryEntity(entity.getId(), clock.instant(), actor, action,
        DossierStatus.valueOf(entity.getStatus()), version, text));
  }

  private DossierEntity existing(String dossierId) {
    return dossiers.findById(dossierId)
        .orElseThrow(() -> new BusinessException("dossierNotFound", ErrorKind.NOT_FOUND, dossierId));
  }

  private static String describe(ExitDecision d) {
    return d.kind().status().labelVi() + " — QĐ " + d.decisionNumber() + ", hiệu lực " + d.effectiveDate().format(DAY)
        + (d.returnDate() == null ? "" : ", trở lại " + d.returnDate().format(DAY));
  }

  private static String describe(TransferOutDecision d) {
    return EmploymentStatus.TRANSFERRED_OUT.labelVi() + " đến " + d.destinationProvince() + " — QĐ "
        + d.decisionNumber() + ", hiệu lực " + d.effectiveDate().format(DAY);
  }

  private static String note(@Nullable String note) {
    return note == null ? "" : ". " + note;
  }
}
