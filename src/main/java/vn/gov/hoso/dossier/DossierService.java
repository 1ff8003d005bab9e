package vn.gov.hoso.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.criteria.Predicate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.VietnameseText;
import vn.gov.hoso.dossier.internal.AttachmentEntity;
import vn.gov.hoso.dossier.internal.AttachmentRepository;
import vn.gov.hoso.dossier.internal.DossierAccess;
import vn.gov.hoso.dossier.internal.DossierEntity;
import vn.gov.hoso.dossier.internal.DossierHistoryEntity;
import vn.gov.hoso.dossier.internal.DossierHistoryRepository;
import vn.gov.hoso.dossier.internal.DossierRepository;
import vn.gov.hoso.dossier.internal.DossierVersionEntity;
import vn.gov.hoso.dossier.internal.DossierVersionRepository;
import vn.gov.hoso.dossier.internal.ViolationMessages;
import vn.gov.hoso.dossier.pdf.CvPdfRenderer;
import vn.gov.hoso.dossier.pdf.CvSource;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.validation.DossierValidator;
import vn.gov.hoso.dossier.validation.Severity;
import vn.gov.hoso.dossier.validation.UnitHierarchy;
import vn.gov.hoso.dossier.validation.ValidationContext;
import vn.gov.hoso.dossier.validation.Violation;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.UnitTier;

/**
 * Facade of the dossier module. Write methods are called by the workflow (the engine has already checked that the
 * caller may work on the task); read methods check the reader's scope and write an audit row.
 */
@Service
@Transactional
public class DossierService {

  static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
  static final String PHOTO = "photo";

  private final DossierRepository dossiers;
  private final DossierVersionRepository versions;
  private final DossierHistoryRepository history;
  private final AttachmentRepository attachments;
  private final DossierAccess access;
  private final DossierSchema schema;
  private final DossierValidator validator;
  private final DossierDiff diff;
  private final ViolationMessages violationMessages;
  private final CvPdfRenderer cvRenderer;
  private final OrganisationService organisation;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;

  public DossierService(DossierRepository dossiers, DossierVersionRepository versions,
      DossierHistoryRepository history, AttachmentRepository attachments, DossierAccess access, DossierSchema schema,
      DossierValidator validator, DossierDiff diff, ViolationMessages violationMessages, CvPdfRenderer cvRenderer,
      OrganisationService organisation, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
    this.dossiers = dossiers;
    this.versions = versions;
    this.history = history;
    this.attachments = attachments;
    this.access = access;
    this.schema = schema;
    this.validator = validator;
    this.diff = diff;
    this.violationMessages = violationMessages;
    this.cvRenderer = cvRenderer;
    this.organisation = organisation;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- lifecycle (called by the workflow)

  /** Opens the dossier of a person in a unit, prefilled with what the recruiting unit knows. */
  public void open(OpenDossier command, String actor) {
    if (dossiers.existsById(command.citizenId())) {
      throw new BusinessException("dossierExists", ErrorKind.CONFLICT, command.citizenId());
    }
    Unit unit = organisation.unit(command.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, command.unitId()));
    ObjectNode content = json.createObjectNode();
    content.put("dossierId", command.citizenId());
    content.put("citizenIdNumber", command.citizenId());
    content.put("fullName", VietnameseText.nfc(command.fullName()));
    content.put("gender", command.gender());
    content.put("dateOfBirth", command.dateOfBirth().toString());
    content.put("personnelCategory", command.personnelCategory());
    content.put("employmentStatus", "Đang công tác");
    Instant now = clock.instant();
    DossierEntity entity = new DossierEntity(command.citizenId(), unit.id(), unit.path(), DossierStatus.DRAFT.name(),
        "{}", now, actor);
    store(entity, withUnits(content, unit));
    dossiers.save(entity);
    record(entity, actor, HistoryAction.OPEN, null, null);
    events.publishEvent(new DossierOpened(command.citizenId(), unit.id()));
  }

  /** The saved draft for the declaration form, with the unit fields the employee cannot change filled in. */
  @Transactional(readOnly = true)
  public FormDraft formDraft(String dossierId) {
    DossierEntity entity = existing(dossierId);
    return new FormDraft(dossierId, content(entity), DossierStatus.valueOf(entity.getStatus()), entity.getLastNote(),
        entity.getFullName(), entity.getEmployingUnitId());
  }

  /**
   * Stores the draft exactly as typed (unknown or malformed values included: they are reported at submission, never
   * dropped). The identity and unit fields are kept as the system knows them.
   */
  public void saveDraft(String dossierId, ObjectNode submitted, String actor) {
    DossierEntity entity = existing(dossierId);
    DossierStatus status = DossierStatus.valueOf(entity.getStatus());
    if (status == DossierStatus.SUBMITTED || status == DossierStatus.CONFIRMED) {
      throw new BusinessException("dossierNotEditable", ErrorKind.CONFLICT, dossierId, status.labelVi());
    }
    ObjectNode content = submitted.deepCopy();
    content.put("dossierId", dossierId);
    content.put("citizenIdNumber", dossierId);
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
    DossierStatus status = DossierStatus.valueOf(entity.getStatus());
    if (status == DossierStatus.SUBMITTED || status == DossierStatus.CONFIRMED) {
      throw new BusinessException("dossierNotEditable", ErrorKind.CONFLICT, dossierId, status.labelVi());
    }
    List<ViolationReport> problems = check(dossierId, withUploadedPhoto(entity));
    if (problems.stream().anyMatch(ViolationReport::blocking)) {
      record(entity, actor, HistoryAction.SUBMIT_REFUSED, null, null);
      throw new DossierInvalidException(problems);
    }
    Integer previous = entity.getCurrentVersion() == 0 ? null : entity.getCurrentVersion();
    int number = entity.getCurrentVersion() + 1;
    Instant now = clock.instant();
    versions.save(new DossierVersionEntity(dossierId, number, entity.getContent(), actor, now));
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
    if (DossierStatus.valueOf(entity.getStatus()) != DossierStatus.SUBMITTED) {
      throw new BusinessException("dossierNotSubmitted", ErrorKind.CONFLICT, dossierId);
    }
    DossierStatus outcome = decision.approved() ? DossierStatus.CONFIRMED : DossierStatus.REJECTED;
    entity.setStatus(outcome.name());
    entity.setLastNote(decision.note());
    entity.touch(clock.instant(), reviewer);
    record(entity, reviewer, decision.approved() ? HistoryAction.CONFIRM : HistoryAction.REJECT,
        entity.getCurrentVersion(), decision.note());
  }

  /** Validation of the current draft, for showing problems before a submission. */
  @Transactional(readOnly = true)
  public List<ViolationReport> check(String dossierId) {
    return check(dossierId, content(existing(dossierId)));
  }

  // ---------------------------------------------------------------- reads (scope-checked and audited)

  @Transactional(readOnly = true)
  public DossierView read(String dossierId, String actor, String endpoint) {
    return view(access.readable(dossierId, actor, endpoint));
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
  public Page<DossierSummary> search(DossierQuery query, String actor) {
    AccessScope scope = access.scopeOf(actor);
    // resolved once: the specification runs twice per page (rows and total count)
    String unitPath = query.unitId() == null ? null : organisation.unit(query.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, query.unitId()))
        .path();
    Specification<DossierEntity> spec = (root, q, cb) -> {
      List<Predicate> where = new ArrayList<>();
      Predicate own = cb.equal(root.get("id"), actor);
      where.add(scope.subtree().map(p -> cb.or(own, cb.like(root.get("unitPath"), p + "%"))).orElse(own));
      if (unitPath != null) {
        where.add(cb.like(root.get("unitPath"), unitPath + "%"));
      }
      if (query.status() != null) {
        where.add(cb.equal(root.get("status"), query.status().name()));
      }
      if (query.q() != null && !query.q().isBlank()) {
        String text = query.q().trim();
        where.add(text.matches("\\d{1,12}")
            ? cb.like(root.get("id"), text + "%")
            : cb.like(root.get("fullNameSearch"), "%" + VietnameseText.fold(text) + "%"));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    PageRequest page = PageRequest.of(query.page(), query.size(), Sort.by("fullNameSearch", "id"));
    return dossiers.findAll(spec, page).map(this::summary);
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> history(String dossierId, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    return history.findByDossierIdOrderByIdAsc(dossierId).stream().map(DossierHistoryEntity::toEntry).toList();
  }

  @Transactional(readOnly = true)
  public DossierVersionView version(String dossierId, int number, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    DossierVersionEntity v = existingVersion(dossierId, number);
    return new DossierVersionView(dossierId, number, v.getSubmittedBy(), v.getSubmittedAt(), parse(v.getContent()));
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
    return new DossierVersionView(dossierId, number, v.getSubmittedBy(), v.getSubmittedAt(), parse(v.getContent()));
  }

  /** Validation of a submitted version's data (the rules of the field specification, as at submission). */
  @Transactional(readOnly = true)
  public List<ViolationReport> checkVersion(String dossierId, JsonNode versionData) {
    return check(dossierId, versionData);
  }

  @Transactional(readOnly = true)
  public List<FieldChange> diff(String dossierId, int from, int to, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    JsonNode before = parse(existingVersion(dossierId, from).getContent());
    JsonNode after = parse(existingVersion(dossierId, to).getContent());
    return diff.compare(before, after);
  }

  /**
   * The official CV of a submitted version (TT 06/2023 layout, PDF/A-2b). Equal versions give equal bytes: the
   * document's dates come from the submission. Unsigned versions carry the "BẢN NHÁP" mark; for now every version is
   * unsigned.
   */
  @Transactional(readOnly = true)
  public CvPdf versionPdf(String dossierId, int number, String actor, String endpoint) {
    access.readable(dossierId, actor, endpoint);
    DossierVersionEntity v = existingVersion(dossierId, number);
    return cvPdf(dossierId, number, parse(v.getContent()), v.getSubmittedAt(),
        "so-yeu-ly-lich-" + dossierId + "-v" + number + ".pdf");
  }

  /** The official CV of the current draft, always marked "BẢN NHÁP"; dated by the draft's last change. */
  @Transactional(readOnly = true)
  public CvPdf currentPdf(String dossierId, String actor, String endpoint) {
    DossierEntity entity = access.readable(dossierId, actor, endpoint);
    return cvPdf(dossierId, 0, content(entity), entity.getUpdatedAt(),
        "so-yeu-ly-lich-" + dossierId + "-ban-nhap.pdf");
  }

  // ---------------------------------------------------------------- attachments

  /** Attaches a scanned document; only the dossier's owner may upload, and only while the dossier is editable. */
  public AttachmentView attach(String dossierId, NewAttachment file, String actor) {
    DossierEntity entity = access.readable(dossierId, actor, "POST /api/dossiers/{cccd}/attachments");
    if (!dossierId.equals(actor)) {
      throw new BusinessException("attachmentOwnerOnly", ErrorKind.FORBIDDEN);
    }
    DossierStatus status = DossierStatus.valueOf(entity.getStatus());
    if (status == DossierStatus.SUBMITTED || status == DossierStatus.CONFIRMED) {
      throw new BusinessException("dossierNotEditable", ErrorKind.CONFLICT, dossierId, status.labelVi());
    }
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

  private CvPdf cvPdf(String dossierId, int number, JsonNode data, Instant issuedAt, String fileName) {
    Map<String, String> unitNames = new LinkedHashMap<>();
    for (String field : List.of("managingAgencyId", "employingUnitId")) {
      String unitId = text(data, field);
      if (unitId != null) {
        organisation.unit(unitId).ifPresent(u -> unitNames.put(u.id(), u.name()));
      }
    }
    AttachmentEntity photo = photoOf(dossierId, data);
    boolean draft = true; // no version is signed yet: the signing module will decide this
    byte[] bytes = cvRenderer.render(new CvSource(dossierId, number, data, photo == null ? null : photo.getData(),
        photo == null ? "" : photo.toView().contentType(), unitNames, issuedAt), draft);
    return new CvPdf(fileName, bytes, draft);
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
    try {
      entity.setContent(json.writeValueAsString(content));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise dossier " + entity.getId(), e);
    }
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

  private DossierView view(DossierEntity e) {
    return new DossierView(e.getId(), e.getFullName(), e.getEmployingUnitId(), DossierStatus.valueOf(e.getStatus()),
        e.getCurrentVersion(), e.getLastNote(), content(e), e.getUpdatedAt(), e.getUpdatedBy());
  }

  private DossierSummary summary(DossierEntity e) {
    return new DossierSummary(e.getId(), e.getFullName(), e.getGender(), e.getDateOfBirth(), e.getEmployingUnitId(),
        e.getPersonnelCategory(), DossierStatus.valueOf(e.getStatus()), e.getCurrentVersion(), e.getUpdatedAt());
  }

  private ObjectNode content(DossierEntity e) {
    return (ObjectNode) parse(e.getContent());
  }

  private JsonNode parse(String content) {
    try {
      return json.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored dossier content is not JSON", e);
    }
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
