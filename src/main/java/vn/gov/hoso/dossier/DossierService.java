package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.VietnameseText;
import vn.gov.hoso.dossier.internal.AttachmentEntity;
import vn.gov.hoso.dossier.internal.AttachmentRepository;
import vn.gov.hoso.dossier.internal.DossierAccess;
import vn.gov.hoso.dossier.internal.DossierChangeEntity;
import vn.gov.hoso.dossier.internal.DossierChangeRepository;
import vn.gov.hoso.dossier.internal.DossierEntity;
import vn.gov.hoso.dossier.internal.DossierHistoryEntity;
import vn.gov.hoso.dossier.internal.DossierHistoryRepository;
import vn.gov.hoso.dossier.internal.DossierRepository;
import vn.gov.hoso.dossier.internal.DossierSignatureEntity;
import vn.gov.hoso.dossier.internal.DossierSignatureRepository;
import vn.gov.hoso.dossier.internal.DossierVersionEntity;
import vn.gov.hoso.dossier.internal.DossierVersionRepository;
import vn.gov.hoso.dossier.internal.SearchColumns;
import vn.gov.hoso.dossier.internal.SensitiveContent;
import vn.gov.hoso.dossier.internal.StoredContent;
import vn.gov.hoso.dossier.internal.ViolationMessages;
import vn.gov.hoso.dossier.pdf.CvPdfRenderer;
import vn.gov.hoso.dossier.pdf.CvSource;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.validation.DossierValidator;
import vn.gov.hoso.dossier.validation.Severity;
import vn.gov.hoso.dossier.validation.UnitHierarchy;
import vn.gov.hoso.dossier.validation.ValidationContext;
import vn.gov.hoso.dossier.validation.Violation;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.UnitTier;

/**
 * Facade of the dossier module. Write methods are called by the workflow (the engine has already checked that the
 * caller may work on the task); read methods check the reader's scope and write an audit row.
 *
 * <p>Sensitive fields are stored encrypted ({@link SensitiveContent}) and decrypted transparently inside this module:
 * validation, versions, the diff, the CV and the workflow's form get the full document. Readers on the API get them
 * only when {@link DossierAccess#sensitiveReadable} allows it; otherwise the fields are left out and listed in
 * {@code redacted}. The CV is complete or refused.
 */
@Service
@Transactional
public class DossierService {

  static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
  static final String PHOTO = "photo";
  /** Audit action of an unlock. */
  public static final String AUDIT_UNLOCK = "DOSSIER_UNLOCK";

  private final DossierRepository dossiers;
  private final DossierVersionRepository versions;
  private final DossierSignatureRepository signatures;
  private final DossierHistoryRepository history;
  private final AttachmentRepository attachments;
  private final DossierChangeRepository changes;
  private final DossierAccess access;
  private final SensitiveContent sensitive;
  private final DossierSchema schema;
  private final DossierValidator validator;
  private final DossierDiff diff;
  private final ViolationMessages violationMessages;
  private final CvPdfRenderer cvRenderer;
  private final OrganisationService organisation;
  private final DossierProcesses processes;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;
  private final SearchColumns searchColumns;
  private final CatalogService catalogs;

  public DossierService(DossierRepository dossiers, DossierVersionRepository versions,
      DossierSignatureRepository signatures, DossierHistoryRepository history, AttachmentRepository attachments,
      DossierChangeRepository changes, DossierAccess access, SensitiveContent sensitive, DossierSchema schema,
      DossierValidator validator, DossierDiff diff, ViolationMessages violationMessages, CvPdfRenderer cvRenderer,
      OrganisationService organisation, DossierProcesses processes, AuditService audit,
      ApplicationEventPublisher events, ObjectMapper json, Clock clock, SearchColumns searchColumns,
      CatalogService catalogs) {
    this.dossiers = dossiers;
    this.versions = versions;
    this.signatures = signatures;
    this.history = history;
    this.attachments = attachments;
    this.changes = changes;
    this.access = access;
    this.sensitive = sensitive;
    this.schema = schema;
    this.validator = validator;
    this.diff = diff;
    this.violationMessages = violationMessages;
    this.cvRenderer = cvRenderer;
    this.organisation = organisation;
    this.processes = processes;
    this.audit = audit;
    this.events = events;
    this.json = json;
    this.clock = clock;
    this.searchColumns = searchColumns;
    this.catalogs = catalogs;
  }

  // ---------------------------------------------------------------- lifecycle (called by the workflow)

  /** Opens the dossier of a person in a unit, prefilled with what the recruiting unit knows. */
  public void open(OpenDossier command, String actor) {
    if (dossiers.existsById(command.citizenId())) {
      throw new BusinessException("dossierExists", ErrorKind.CONFLICT, command.citizenId());
    }
    Unit unit = organisation.unit(command.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, command.unitId()));
    ObjectNode content = openingContent(command);
    Instant now = clock.instant();
    DossierEntity entity = new DossierEntity(command.citizenId(), unit.id(), unit.path(), DossierStatus.DRAFT.name(),
        "{}", now, actor);
    store(entity, withUnits(content, unit));
    dossiers.save(entity);
    record(entity, actor, HistoryAction.OPEN, null, null);
    events.publishEvent(new DossierOpened(command.citizenId(), unit.id()));
  }

  /**
   * Creates the dossier of a person arriving from another province from the national record: the national fields
   * with the receiving unit's fields, stored as version 1 in status Chờ xác nhận (SUBMITTED), with the history rows
   * {@link HistoryAction#IMPORT} (origin province, national version, signing time) and {@link HistoryAction#SUBMIT};
   * publishes {@link DossierImported} so the workflow starts the receiving unit's verification.
   *
   * @throws BusinessException {@code dossierExists} (409), {@code unitNotFound} (400)
   */
  public void importFromNational(ImportDossier command, String actor) {
    if (dossiers.existsById(command.citizenId())) {
      throw new BusinessException("dossierExists", ErrorKind.CONFLICT, command.citizenId());
    }
    Unit unit = organisation.unit(command.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, command.unitId()));
    ObjectNode content = command.content().deepCopy();
    content.put("dossierId", command.citizenId());
    content.put("citizenIdNumber", command.citizenId());
    content = withUnits(content, unit);
    Instant now = clock.instant();
    DossierEntity entity = new DossierEntity(command.citizenId(), unit.id(), unit.path(),
        DossierStatus.SUBMITTED.name(), "{}", now, actor);
    store(entity, content);
    int number = 1;
    entity.setCurrentVersion(number);
    dossiers.saveAndFlush(entity);
    versions.save(new DossierVersionEntity(command.citizenId(), number,
        sensitive.seal(content, SensitiveContent.versionOf(command.citizenId(), number)), actor, now));
    record(entity, actor, HistoryAction.IMPORT, number, "Tỉnh/province " + command.originProvinceCode()
        + ", phiên bản quốc gia/national version " + command.nationalVersion()
        + (command.signedAt() == null ? "" : ", ký/signed " + command.signedAt()));
    record(entity, actor, HistoryAction.SUBMIT, number, null);
    events.publishEvent(new DossierImported(command.citizenId(), unit.id(), number));
  }

  /** Whether a dossier with this id (CCCD) exists. */
  @Transactional(readOnly = true)
  public boolean exists(String dossierId) {
    return dossiers.existsById(dossierId);
  }

  /**
   * Checks what a recruitment would open a dossier with against the rules of the field specification for the CCCD,
   * gender, birth date and personnel category (e.g. the CCCD's province code and its gender/century and year
   * digits), before anything is stored. Blocking problems first.
   */
  @Transactional(readOnly = true)
  public List<ViolationReport> checkOpening(OpenDossier command) {
    Set<String> fields = Set.of("citizenIdNumber", "gender", "dateOfBirth", "personnelCategory");
    return check(command.citizenId(), openingContent(command)).stream()
        .filter(v -> fields.contains(v.path()))
        .toList();
  }

  private ObjectNode openingContent(OpenDossier command) {
    ObjectNode content = json.createObjectNode();
    content.put("dossierId", command.citizenId());
    content.put("citizenIdNumber", command.citizenId());
    content.put("fullName", VietnameseText.nfc(command.fullName()));
    content.put("gender", command.gender());
    content.put("dateOfBirth", command.dateOfBirth().toString());
    content.put("personnelCategory", command.personnelCategory());
    content.put("employmentStatus", "Đang công tác");
    if (command.rankOrTitleCode() != null) {
      content.put("rankOrTitleCode", command.rankOrTitleCode());
      catalogs.rankOrTitle(command.rankOrTitleCode())
          .ifPresent(known -> content.put("rankOrTitleName", known.name()));
    }
    if (command.jobPositionCode() != null) {
      content.put("jobPositionCode", command.jobPositionCode());
    }
    if (command.jobPositionName() != null) {
      content.put("jobPositionName", command.jobPositionName());
    }
    return content;
  }

  /**
   * Moves the dossier to another unit (after a restructuring or a transfer): the unit columns, the unit fields of the
   * content and a history row {@link HistoryAction#UNIT_CHANGE} with the note. Does nothing for a person without a
   * dossier (an officer's account).
   */
  public void moveToUnit(String dossierId, String unitId, String actor, String note) {
    Optional<DossierEntity> found = dossiers.findById(dossierId);
    if (found.isEmpty() || found.get().getEmployingUnitId().equals(unitId)) {
      return;
    }
    Unit unit = organisation.unit(unitId)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, unitId));
    DossierEntity entity = found.get();
    entity.moveTo(unit.id(), unit.path());
    store(entity, withUnits(content(entity), unit));
    entity.touch(clock.instant(), actor);
    record(entity, actor, HistoryAction.UNIT_CHANGE, null, note);
  }

  /**
   * After a transfer: the current content's career table ({@code workHistory}, item 33) gets a row from the month of
   * the effective date in the new unit; rows still open ({@code toMonth} empty) end in that month. Submitted and signed
   * versions are not touched. Does nothing for a person without a dossier.
   */
  public void appendWorkHistory(String dossierId, WorkHistoryRow row, String actor) {
    Optional<DossierEntity> found = dossiers.findById(dossierId);
    if (found.isEmpty()) {
      return;
    }
    DossierEntity entity = found.get();
    ObjectNode content = content(entity);
    ArrayNode rows = content.withArrayProperty("workHistory");
    String title = row.titleOrPosition();
    for (JsonNode existing : rows) {
      if (existing instanceof ObjectNode open && text(open, "toMonth") == null) {
        open.put("toMonth", row.fromMonth());
        if (title == null) {
          title = text(open, "titleOrPosition");
        }
      }
    }
    rows.addObject().put("fromMonth", row.fromMonth()).put("toMonth", "").put("unit", row.unit())
        .put("titleOrPosition", title == null ? "" : title);
    store(entity, content);
    entity.touch(clock.instant(), actor);
  }

  /** After a unit moved: every dossier path under {@code oldPath} now starts with {@code newPath} (one statement). */
  public void rebaseUnitPaths(String oldPath, String newPath) {
    dossiers.rebase(oldPath, newPath, oldPath.length() + 1);
  }

  /** Where the dossiers of a unit's subtree are kept (for reports; no content read, nothing audited). */
  @Transactional(readOnly = true)
  public List<DossierPlacement> placements(Unit root) {
    return dossiers.placements(root.path());
  }

  /** Where the dossiers of these people are kept (those that exist; one query). */
  @Transactional(readOnly = true)
  public List<DossierPlacement> placementsOf(Collection<String> dossierIds) {
    return dossierIds.isEmpty() ? List.of() : dossiers.placementsOf(dossierIds);
  }

  /**
   * The saved draft for the declaration form of the dossier's owner, with the unit fields the employee cannot change
   * filled in, sensitive fields included (audited as a sensitive read by the owner).
   */
  @Transactional(readOnly = true)
  public FormDraft formDraft(String dossierId) {
    DossierEntity entity = existing(dossierId);
    access.sensitiveReadable(entity, dossierId, "declaration form (prefill)");
    return new FormDraft(dossierId, content(entity), DossierStatus.valueOf(entity.getStatus()), entity.getLastNote(),
        entity.getFullName(), entity.getEmployingUnitId());
  }

  /**
   * Stores the draft exactly as typed (unknown or malformed values included: they are reported at submission, never
   * dropped). The identity, unit and employment-status fields are kept as the system knows them.
   */
  public void saveDraft(String dossierId, ObjectNode submitted, String actor) {
    DossierEntity entity = existing(dossierId);
    ArchiveRules.requireDeclarable(dossierId, entity.getArchivedAt(), entity.employment());
    LockRules.requireEditable(dossierId, DossierStatus.valueOf(entity.getStatus()), entity.isLocked());
    ObjectNode content = submitted.deepCopy();
    content.put("dossierId", dossierId);
    content.put("citizenIdNumber", dossierId);
    // the employment status is recorded by the exit processes, not declared
    content.put("employmentStatus", entity.employment().labelVi());
    Unit unit = organisation.unit(entity.getEmployingUnitId()).orElseThrow();
    store(entity, withUnits(content, unit));
    entity.touch(clock.instant(), actor);
    record(entity, actor, HistoryAction.SAVE_DRAFT, null, null);
  }

  /**
   * Validates the saved draft and, if it has no blocking error, makes it the next immutable version and sets the
   * status to Chờ xác nhận. Attachments uploaded since the last submission are linked to the new version.
   *
   * @throws DossierInvalidException listing every problem, in both languages; the draft is untouched, the refusal is
   *     recorded in the history (the transaction is not rolled back for it: the model handles it as a BPMN error)
   */
  @Transactional(noRollbackFor = DossierInvalidException.class)
  public SubmittedVersion submit(String dossierId, String actor) {
    DossierEntity entity = existing(dossierId);
    ArchiveRules.requireDeclarable(dossierId, entity.getArchivedAt(), entity.employment());
    LockRules.requireEditable(dossierId, DossierStatus.valueOf(entity.getStatus()), entity.isLocked());
    ObjectNode content = withUploadedPhoto(entity);
    List<ViolationReport> problems = new ArrayList<>(check(dossierId, content));
    openChange(entity).filter(change -> !hasEvidence(dossierId, change))
        .ifPresent(change -> problems.add(0, violationMessages.missingChangeEvidence()));
    if (problems.stream().anyMatch(ViolationReport::blocking)) {
      record(entity, actor, HistoryAction.SUBMIT_REFUSED, null, null);
      throw new DossierInvalidException(problems);
    }
    // a change is compared with the locked version it starts from, a declaration with the version before
    Integer previous = entity.getOpenChangeId() != null ? entity.getLockedVersion()
        : entity.getCurrentVersion() == 0 ? null : entity.getCurrentVersion();
    int number = entity.getCurrentVersion() + 1;
    Instant now = clock.instant();
    versions.save(new DossierVersionEntity(dossierId, number,
        sensitive.seal(content, SensitiveContent.versionOf(dossierId, number)), actor, now));
    attachments.linkUnversioned(dossierId, number);
    entity.setCurrentVersion(number);
    entity.setStatus(DossierStatus.SUBMITTED.name());
    entity.setLastNote(null);
    entity.touch(now, actor);
    record(entity, actor, HistoryAction.SUBMIT, number, null);
    return new SubmittedVersion(dossierId, number, previous);
  }

  /** Records the focal officer's decision on the submitted version. */
  public void decide(String dossierId, ReviewDecision decision, String reviewer) {
    DossierEntity entity = existing(dossierId);
    ArchiveRules.requireNotArchived(dossierId, entity.getArchivedAt());
    if (DossierStatus.valueOf(entity.getStatus()) != DossierStatus.SUBMITTED) {
      throw new BusinessException("dossierNotSubmitted", ErrorKind.CONFLICT, dossierId);
    }
    DossierStatus outcome = decision.approved() ? DossierStatus.CONFIRMED : DossierStatus.REJECTED;
    entity.setStatus(outcome.name());
    entity.setLastNote(decision.note());
    Instant now = clock.instant();
    entity.touch(now, reviewer);
    if (decision.approved()) {
      openChange(entity).ifPresent(change -> change.approve(entity.getCurrentVersion(), now));
      entity.lockCurrentVersion();
    }
    record(entity, reviewer, decision.approved() ? HistoryAction.CONFIRM : HistoryAction.REJECT,
        entity.getCurrentVersion(), decision.note());
  }

  // ---------------------------------------------------------------- lock and changes

  /**
   * Opens a change of the employee's locked dossier (called by the workflow when {@code dossier-change} starts): the
   * dossier becomes editable by its owner until the change is approved, then it is locked again.
   *
   * @throws BusinessException {@code changeAlreadyOpen}, {@code dossierNotLocked}, {@code changeWhileSigning} (409),
   *     {@code changeEventInFuture} (400); {@code dossierNotFound} (404) when the actor has no dossier
   */
  public OpenedChange openChange(DeclareChange command, String actor) {
    DossierEntity entity = existing(command.dossierId());
    ArchiveRules.requireDeclarable(entity.getId(), entity.getArchivedAt(), entity.employment());
    LockRules.requireChangeable(entity.getId(), entity.isLocked(), entity.getOpenChangeId(),
        processes.signingInProgress(entity.getId()), command.eventDate(),
        LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE));
    Instant now = clock.instant();
    DossierChangeEntity change = changes.save(new DossierChangeEntity(UUID.randomUUID().toString(), entity.getId(),
        command.type(), command.eventDate(), command.description(), entity.getLockedVersion(), actor, now));
    entity.unlock(change.getId());
    entity.touch(now, actor);
    record(entity, actor, HistoryAction.CHANGE_DECLARED, entity.getLockedVersion(),
        command.type().labelVi() + " (" + command.eventDate() + ")");
    return new OpenedChange(change.getId(), entity.getId(), entity.getEmployingUnitId(),
        entity.getLockedVersion() == null ? 0 : entity.getLockedVersion());
  }

  /** The change with this id, for the workflow's forms. */
  @Transactional(readOnly = true)
  public DossierChangeView change(String changeId) {
    return changes.findById(changeId).map(DossierChangeEntity::toView)
        .orElseThrow(() -> new BusinessException("changeNotFound", ErrorKind.NOT_FOUND, changeId));
  }

  /** The changes of a dossier, oldest first (scope-checked and audited). */
  @Transactional(readOnly = true)
  public List<DossierChangeView> changes(String dossierId, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    return changes.findByDossierIdOrderByDeclaredAtAsc(dossierId).stream().map(DossierChangeEntity::toView).toList();
  }

  /**
   * Unlocks a confirmed dossier: an authorised officer in scope (focal officer or head of the unit or above, Sở Nội
   * vụ), never the owner, with a reason. Recorded in the history and the audit trail; the workflow then cancels a
   * running signing and starts a new declaration ({@link DossierUnlocked}). Nothing saved is changed.
   *
   * @throws BusinessException {@code dossierForbidden} / {@code unlockNotAllowed} (403), {@code dossierNotFound}
   *     (404), {@code unlockReasonRequired} (400), {@code dossierNotLocked} (409)
   */
  public void unlock(String dossierId, @Nullable String reason, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    ArchiveRules.requireDeclarable(dossierId, entity.getArchivedAt(), entity.employment());
    LockRules.requireUnlockable(dossierId, entity.isLocked(), actor,
        organisation.account(actor).map(Account::roles).orElse(Set.of()), reason);
    String why = reason == null ? "" : reason.strip();
    entity.unlock(null);
    entity.touch(clock.instant(), actor);
    record(entity, actor, HistoryAction.UNLOCK, entity.getLockedVersion(), why);
    audit.record(actor, AUDIT_UNLOCK, dossierId, endpoint);
    events.publishEvent(new DossierUnlocked(dossierId, entity.getEmployingUnitId(), actor, why));
  }

  /** Name, unit and status of a dossier for the workflow's captions and checks; no content is read, no audit row. */
  @Transactional(readOnly = true)
  public DossierSummary summary(String dossierId) {
    return summary(existing(dossierId));
  }

  /** Validation of the current draft, for showing problems before a submission. */
  @Transactional(readOnly = true)
  public List<ViolationReport> check(String dossierId) {
    return check(dossierId, content(existing(dossierId)));
  }

  // ---------------------------------------------------------------- reads (scope-checked and audited)

  @Transactional(readOnly = true)
  public DossierView read(String dossierId, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    return view(entity, access.sensitiveReadable(entity, actor, endpoint));
  }

  /** The caller's own dossier (an employee's dossier id is their CCCD, which is also their username). */
  @Transactional(readOnly = true)
  public DossierView readOwn(String actor, String endpoint) {
    requireOwnDossier(actor);
    return read(actor, actor, endpoint);
  }

  /**
   * @throws BusinessException {@code ownDossierNotFound} (404) when the account has no dossier of its own (officers'
   *     accounts, e.g. {@code stc.daumoi}, are not dossiers)
   */
  @Transactional(readOnly = true)
  public void requireOwnDossier(String actor) {
    if (!dossiers.existsById(actor)) {
      throw new BusinessException("ownDossierNotFound", ErrorKind.NOT_FOUND, actor);
    }
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> history(String dossierId, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    return history.findByDossierIdOrderByIdAsc(dossierId).stream().map(DossierHistoryEntity::toEntry).toList();
  }

  @Transactional(readOnly = true)
  public DossierVersionView version(String dossierId, int number, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    DossierVersionEntity v = existingVersion(dossierId, number);
    boolean full = access.sensitiveReadable(entity, actor, endpoint);
    return new DossierVersionView(dossierId, number, v.getSubmittedBy(), v.getSubmittedAt(),
        full ? versionContent(v) : sensitive.withoutSensitive(v.getContent()), redacted(full));
  }

  /**
   * A submitted version read by a system process (e.g. the national synchronisation), not by a user: no scope check,
   * but audited like every read, under the process's name.
   *
   * @param system who reads, e.g. {@code system:national-sync}
   * @param purpose what for, written to the audit row as the endpoint
   */
  @Transactional(readOnly = true)
  public DossierVersionView versionForSystem(String dossierId, int number, String system, String purpose) {
    DossierVersionEntity v = existingVersion(dossierId, number);
    access.auditSystemRead(dossierId, system, purpose);
    return new DossierVersionView(dossierId, number, v.getSubmittedBy(), v.getSubmittedAt(), versionContent(v),
        List.of());
  }

  /** Validation of a submitted version's data (the rules of the field specification, as at submission). */
  @Transactional(readOnly = true)
  public List<ViolationReport> checkVersion(String dossierId, JsonNode versionData) {
    return check(dossierId, versionData);
  }

  @Transactional(readOnly = true)
  public VersionDiff diff(String dossierId, int from, int to, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    DossierVersionEntity before = existingVersion(dossierId, from);
    DossierVersionEntity after = existingVersion(dossierId, to);
    boolean full = access.sensitiveReadable(entity, actor, endpoint);
    List<FieldChange> changes = full
        ? diff.compare(versionContent(before), versionContent(after))
        : diff.compare(sensitive.withoutSensitive(before.getContent()),
            sensitive.withoutSensitive(after.getContent()));
    return new VersionDiff(changes, redacted(full));
  }

  /**
   * The official CV of a submitted version as PDF/A-2b. In the TT 06/2023 layout: the signed PDF once the head has
   * signed it; otherwise rendered, with the "BẢN NHÁP" mark unless it is the confirmed version awaiting the signature
   * (what the head sees is what they sign). In the 2C layout (Mẫu 2C-BNV/2008, for older records) always rendered,
   * never signed: marked "BẢN NHÁP" while the version is unsigned; once signed, rendered from the signed snapshot
   * without the mark but with a footer line on every page saying that the signed document is the TT 06/2023 one (the
   * stored signed PDF is never touched). Equal versions give equal bytes: the document's dates come from the
   * submission. The CV is issued complete or not at all: a reader who may not see the sensitive fields gets 403.
   */
  @Transactional(readOnly = true)
  public CvPdf versionPdf(String dossierId, int number, CvLayout layout, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    DossierVersionEntity v = existingVersion(dossierId, number);
    access.requireSensitive(entity, actor, endpoint);
    Optional<DossierSignatureEntity> signed = signatures.findByDossierIdAndVersionNumber(dossierId, number);
    if (layout == CvLayout.SO_2C) {
      CvSource source = cvSource(dossierId, number, versionContent(v), v.getSubmittedAt());
      boolean draft = signed.isEmpty();
      return new CvPdf("so-yeu-ly-lich-2c-" + dossierId + "-v" + number + ".pdf",
          cvRenderer.renderSo2c(source, draft, signed.isPresent()), draft);
    }
    String fileName = "so-yeu-ly-lich-" + dossierId + "-v" + number + ".pdf";
    if (signed.isPresent()) {
      return new CvPdf(fileName, signed.get().getSignedPdf(), false);
    }
    boolean awaitingSignature = number == entity.getCurrentVersion()
        && DossierStatus.valueOf(entity.getStatus()) == DossierStatus.CONFIRMED;
    return cvPdf(dossierId, number, versionContent(v), v.getSubmittedAt(), fileName, !awaitingSignature);
  }

  /**
   * The official CV of the current draft in the given layout, always marked "BẢN NHÁP"; dated by the draft's last
   * change. Like {@link #versionPdf}, refused to a reader who may not see the sensitive fields.
   */
  @Transactional(readOnly = true)
  public CvPdf currentPdf(String dossierId, CvLayout layout, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    access.requireSensitive(entity, actor, endpoint);
    if (layout == CvLayout.SO_2C) {
      CvSource source = cvSource(dossierId, 0, content(entity), entity.getUpdatedAt());
      return new CvPdf("so-yeu-ly-lich-2c-" + dossierId + "-ban-nhap.pdf", cvRenderer.renderSo2c(source, true, false),
          true);
    }
    return cvPdf(dossierId, 0, content(entity), entity.getUpdatedAt(),
        "so-yeu-ly-lich-" + dossierId + "-ban-nhap.pdf", true);
  }

  // ---------------------------------------------------------------- signatures (called by the signing module)

  /**
   * The confirmed version a head is about to sign, read in the signer's scope (checked and audited like any read):
   * the CV without the draft mark and the snapshot.
   *
   * @throws BusinessException {@code versionNotSignable} (CONFLICT) unless {@code number} is the dossier's current,
   *     confirmed and not yet signed version
   */
  @Transactional(readOnly = true)
  public VersionToSign versionToSign(String dossierId, int number, String signer, String endpoint) {
    DossierEntity entity = access.readable(dossierId, signer, endpoint);
    requireSignable(entity, number);
    DossierVersionEntity v = existingVersion(dossierId, number);
    JsonNode data = versionContent(v);
    CvPdf pdf = cvPdf(dossierId, number, data, v.getSubmittedAt(), "cv.pdf", false);
    return new VersionToSign(dossierId, number, entity.getEmployingUnitId(), pdf.content(), data);
  }

  /**
   * Stores the signatures of the current confirmed version, sets the status to Đã ký and records who signed when.
   *
   * @param signerName the signer's name as the certificate gives it
   * @param signedAt the signing time the signatures claim
   */
  public void recordSignature(String dossierId, int number, byte[] signedPdf, byte[] dataSignature, String signer,
      String signerName, Instant signedAt) {
    DossierEntity entity = existing(dossierId);
    requireSignable(entity, number);
    signatures.save(new DossierSignatureEntity(dossierId, number, signedPdf, dataSignature, signer, signerName,
        signedAt));
    entity.setStatus(DossierStatus.SIGNED.name());
    entity.recordSignedAt(signedAt);
    entity.touch(clock.instant(), signer);
    record(entity, signer, HistoryAction.SIGN, number, signerName);
    // in this transaction: the national-sync outbox row is written with the signature or not at all
    events.publishEvent(new DossierVersionSigned(dossierId, number, entity.getEmployingUnitId(), signedAt));
  }

  /**
   * The head's detached data signature (JAdES, compact serialisation) of a signed version, for the national payload
   * (a system read: the signature holds no personal data, the payload is the version itself).
   */
  @Transactional(readOnly = true)
  public Optional<String> storedDataSignature(String dossierId, int number) {
    return signatures.findByDossierIdAndVersionNumber(dossierId, number)
        .map(s -> new String(s.getDataSignature(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Whether version {@code number} of the dossier carries signatures. */
  @Transactional(readOnly = true)
  public boolean isSigned(String dossierId, int number) {
    return signatures.existsByDossierIdAndVersionNumber(dossierId, number);
  }

  /**
   * The stored signatures of a version with the snapshot as stored now (scope-checked and audited).
   *
   * @throws BusinessException {@code versionNotSigned} (NOT_FOUND) when the version carries none
   */
  @Transactional(readOnly = true)
  public SignedVersion signedVersion(String dossierId, int number, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    DossierVersionEntity v = existingVersion(dossierId, number);
    DossierSignatureEntity s = signatures.findByDossierIdAndVersionNumber(dossierId, number)
        .orElseThrow(() -> new BusinessException("versionNotSigned", ErrorKind.NOT_FOUND, dossierId, number));
    return new SignedVersion(dossierId, number, s.getSignedPdf(), s.getDataSignature(), versionContent(v),
        s.getSigner(), s.getSignerName(), s.getSignedAt());
  }

  /** The latest signed version before {@code number}, for "what changed since the last signature". */
  @Transactional(readOnly = true)
  public Optional<Integer> lastSignedVersionBefore(String dossierId, int number) {
    return signatures.lastSignedBefore(dossierId, number);
  }

  /**
   * Field changes from version {@code from} to {@code to}, for a task's form (the workflow shows them to the people
   * of the task, who already hold the engine's right to the task).
   */
  @Transactional(readOnly = true)
  public List<FieldChange> changes(String dossierId, int from, int to) {
    return diff.compare(versionContent(existingVersion(dossierId, from)),
        versionContent(existingVersion(dossierId, to)));
  }

  // ---------------------------------------------------------------- attachments

  /** Attaches a scanned document; only the dossier's owner may upload, and only while the dossier is editable. */
  public AttachmentView attach(String dossierId, NewAttachment file, String actor) {
    DossierEntity entity = access.readable(dossierId, actor, "POST /api/dossiers/{cccd}/attachments");
    if (!dossierId.equals(actor)) {
      throw new BusinessException("attachmentOwnerOnly", ErrorKind.FORBIDDEN);
    }
    ArchiveRules.requireDeclarable(dossierId, entity.getArchivedAt(), entity.employment());
    LockRules.requireEditable(dossierId, DossierStatus.valueOf(entity.getStatus()), entity.isLocked());
    String type = file.contentType().toLowerCase(Locale.ROOT);
    if (!ATTACHMENT_TYPES.contains(type)) {
      throw new BusinessException("attachmentType", ErrorKind.INVALID, file.contentType());
    }
    if (file.data().length == 0 || file.data().length > MAX_ATTACHMENT_BYTES) {
      throw new BusinessException("attachmentSize", ErrorKind.INVALID, MAX_ATTACHMENT_BYTES / (1024 * 1024));
    }
    if (file.fieldKey() != null && !schema.topLevelKeys().contains(file.fieldKey())) {
      throw new BusinessException("attachmentField", ErrorKind.INVALID, file.fieldKey());
    }
    AttachmentEntity saved = attachments.save(new AttachmentEntity(UUID.randomUUID().toString(), dossierId,
        file.fieldKey(), file.documentType().strip(), file.fileName(), type, file.data(), sha256(file.data()), actor,
        clock.instant()));
    record(entity, actor, HistoryAction.ATTACH, null, file.documentType().strip());
    return saved.toView();
  }

  @Transactional(readOnly = true)
  public List<AttachmentView> attachments(String dossierId, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    return attachments.metadataOf(dossierId);
  }

  @Transactional(readOnly = true)
  public AttachmentContent attachment(String dossierId, String attachmentId, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    AttachmentEntity a = attachments.findByIdAndDossierId(attachmentId, dossierId)
        .orElseThrow(() -> new BusinessException("attachmentNotFound", ErrorKind.NOT_FOUND, attachmentId));
    return new AttachmentContent(a.toView(), a.getData());
  }

  // ---------------------------------------------------------------- internals

  private void requireSignable(DossierEntity entity, int number) {
    ArchiveRules.requireNotArchived(entity.getId(), entity.getArchivedAt());
    if (number != entity.getCurrentVersion()
        || DossierStatus.valueOf(entity.getStatus()) != DossierStatus.CONFIRMED
        || signatures.existsByDossierIdAndVersionNumber(entity.getId(), number)) {
      throw new BusinessException("versionNotSignable", ErrorKind.CONFLICT, entity.getId(), number,
          DossierStatus.valueOf(entity.getStatus()).labelVi());
    }
  }

  private CvPdf cvPdf(String dossierId, int number, JsonNode data, Instant issuedAt, String fileName,
      boolean draft) {
    return new CvPdf(fileName, cvRenderer.render(cvSource(dossierId, number, data, issuedAt), draft), draft);
  }

  /** What the CV of a version (0: the draft) is made of: the content, its photo and the names of its units. */
  private CvSource cvSource(String dossierId, int number, JsonNode data, Instant issuedAt) {
    Map<String, String> unitNames = new LinkedHashMap<>();
    for (String field : List.of("managingAgencyId", "employingUnitId")) {
      String unitId = text(data, field);
      if (unitId != null) {
        organisation.unit(unitId).ifPresent(u -> unitNames.put(u.id(), u.name()));
      }
    }
    AttachmentEntity photo = photoOf(dossierId, data);
    return new CvSource(dossierId, number, data, photo == null ? null : photo.getData(),
        photo == null ? "" : photo.toView().contentType(), unitNames, issuedAt);
  }

  private @Nullable AttachmentEntity photoOf(String dossierId, JsonNode data) {
    String id = text(data, PHOTO);
    return id == null ? null : attachments.findByIdAndDossierId(id, dossierId)
        .filter(a -> a.toView().contentType().equals("image/jpeg") || a.toView().contentType().equals("image/png"))
        .orElse(null);
  }

  private List<ViolationReport> check(String dossierId, JsonNode content) {
    UnitHierarchy units = new UnitHierarchy() {
      @Override
      public boolean isSameOrAncestor(String ancestorUnitId, String unitId) {
        return organisation.isSameOrAncestor(ancestorUnitId, unitId);
      }

      @Override
      public boolean exists(String unitId) {
        return organisation.exists(unitId);
      }
    };
    List<Violation> violations = validator.validate(content, new ValidationContext(dossierId, units));
    return violationMessages.describe(violations.stream()
        .sorted((a, b) -> Boolean.compare(b.severity() == Severity.ERROR, a.severity() == Severity.ERROR))
        .toList());
  }

  /**
   * The photo is uploaded as an attachment for field {@code photo}; the latest upload becomes the dossier's photo.
   * Returns the (possibly updated) content.
   */
  private ObjectNode withUploadedPhoto(DossierEntity entity) {
    ObjectNode content = content(entity);
    attachments.metadataOf(entity.getId()).stream()
        .filter(a -> PHOTO.equals(a.fieldKey()) && !"application/pdf".equals(a.contentType()))
        .reduce((first, second) -> second)
        .filter(latest -> !latest.id().equals(text(content, PHOTO)))
        .ifPresent(latest -> store(entity, content.put(PHOTO, latest.id())));
    return content;
  }

  private ObjectNode withUnits(ObjectNode content, Unit unit) {
    content.put("employingUnitId", unit.id());
    String managing = organisation.selfAndAncestors(unit.id()).stream()
        .filter(u -> u.tier() != UnitTier.BASE)
        .map(Unit::id)
        .findFirst()
        .orElse(unit.id());
    content.put("managingAgencyId", managing);
    return content;
  }

  private void store(DossierEntity entity, ObjectNode content) {
    String fullName = text(content, "fullName");
    entity.setExtracted(fullName == null ? null : VietnameseText.nfc(fullName),
        fullName == null ? null : VietnameseText.fold(fullName), text(content, "gender"),
        date(text(content, "dateOfBirth")), text(content, "personnelCategory"));
    entity.setSearchFields(searchColumns.extract(content));
    entity.setContent(sensitive.seal(content, SensitiveContent.draftOf(entity.getId())));
  }

  private void record(DossierEntity entity, String actor, HistoryAction action, @Nullable Integer version,
      @Nullable String note) {
    history.save(new DossierHistoryEntity(entity.getId(), clock.instant(), actor, action,
        DossierStatus.valueOf(entity.getStatus()), version, note));
  }

  private DossierEntity existing(String dossierId) {
    return dossiers.findById(dossierId)
        .orElseThrow(() -> new BusinessException("dossierNotFound", ErrorKind.NOT_FOUND, dossierId));
  }

  private DossierVersionEntity existingVersion(String dossierId, int number) {
    return versions.findByDossierIdAndNumber(dossierId, number)
        .orElseThrow(() -> new BusinessException("versionNotFound", ErrorKind.NOT_FOUND, dossierId, number));
  }

  private DossierView view(DossierEntity e, boolean full) {
    return new DossierView(e.getId(), e.getFullName(), e.getEmployingUnitId(), DossierStatus.valueOf(e.getStatus()),
        e.getCurrentVersion(), e.getLastNote(), full ? content(e) : sensitive.withoutSensitive(stored(e)),
        e.getUpdatedAt(), e.getUpdatedBy(), e.isLocked(), e.getLockedVersion(), e.getOpenChangeId(), redacted(full),
        e.employment(), e.getArchivedAt());
  }

  private Optional<DossierChangeEntity> openChange(DossierEntity entity) {
    return entity.getOpenChangeId() == null ? Optional.empty() : changes.findById(entity.getOpenChangeId());
  }

  /** A change needs at least one scanned document (other than the photo) uploaded since it was declared. */
  private boolean hasEvidence(String dossierId, DossierChangeEntity change) {
    return attachments.metadataOf(dossierId).stream()
        .anyMatch(a -> !PHOTO.equals(a.fieldKey()) && !a.uploadedAt().isBefore(change.getDeclaredAt()));
  }

  /** What a reader without the right to the sensitive fields misses: the ids of all of them, filled or not. */
  private List<String> redacted(boolean full) {
    return full ? List.of() : sensitive.sensitiveKeys();
  }

  private static StoredContent stored(DossierEntity e) {
    return new StoredContent(e.getContent(), e.getSensitiveContent(), e.getSensitiveKeyId());
  }

  /** The full plaintext of a version (what its signature covers). */
  private ObjectNode versionContent(DossierVersionEntity v) {
    return sensitive.open(v.getContent(), SensitiveContent.versionOf(v.getDossierId(), v.getNumber()));
  }

  private DossierSummary summary(DossierEntity e) {
    return new DossierSummary(e.getId(), e.getFullName(), e.getGender(), e.getDateOfBirth(), e.getEmployingUnitId(),
        e.getPersonnelCategory(), DossierStatus.valueOf(e.getStatus()), e.getCurrentVersion(), e.getUpdatedAt());
  }

  /** The full current content (sensitive fields decrypted). */
  private ObjectNode content(DossierEntity e) {
    return sensitive.open(stored(e), SensitiveContent.draftOf(e.getId()));
  }

  private static @Nullable String text(JsonNode content, String field) {
    JsonNode value = content.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
