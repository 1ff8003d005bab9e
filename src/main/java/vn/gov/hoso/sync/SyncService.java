package vn.gov.hoso.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierVersionSigned;
import vn.gov.hoso.dossier.DossierVersionView;
import vn.gov.hoso.dossier.NationalSyncStatus;
import vn.gov.hoso.dossier.VersionOrigins;
import vn.gov.hoso.dossier.ViolationReport;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.signing.OrganisationSigner;
import vn.gov.hoso.signing.PersonalDataSigning;
import vn.gov.hoso.signing.SignatureValidation;
import vn.gov.hoso.sync.internal.PayloadBuilder;
import vn.gov.hoso.sync.internal.PreSyncValidator;
import vn.gov.hoso.sync.internal.SyncAttempts;
import vn.gov.hoso.sync.internal.SyncBatchEntity;
import vn.gov.hoso.sync.internal.SyncBatchRepository;
import vn.gov.hoso.sync.internal.SyncRecordEntity;
import vn.gov.hoso.sync.internal.SyncRecordRepository;

/**
 * Facade of the sync module. The outbox is written by {@link #on(DossierVersionSigned)} in the signing transaction;
 * the workflow's delegates call {@link #send}, {@link #reopen}, {@link #collectBatch} and {@link #approveBatch};
 * the API reads {@link #summary}.
 */
@Service
@Transactional
public class SyncService implements NationalSyncStatus {

  /** The name under which sync reads dossiers (audit rows). */
  public static final String SYSTEM_ACTOR = "system:national-sync";
  /** Code of a record stopped by the pre-sync checks (never sent). */
  public static final String PRE_SYNC_INVALID = "PRE_SYNC_INVALID";

  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

  private final SyncRecordRepository records;
  private final SyncBatchRepository batches;
  private final SyncAttempts attempts;
  private final DossierService dossiers;
  private final VersionOrigins origins;
  private final OrganisationService organisation;
  private final PreSyncValidator validator;
  private final OrganisationSigner signer;
  private final PersonalDataSigning personalSigning;
  private final NationalRegistry registry;
  private final SignedArtefacts artefacts;
  private final SyncProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public SyncService(SyncRecordRepository records, SyncBatchRepository batches, SyncAttempts attempts,
      DossierService dossiers, VersionOrigins origins, OrganisationService organisation, PreSyncValidator validator, OrganisationSigner signer,
      PersonalDataSigning personalSigning, NationalRegistry registry, SignedArtefacts artefacts, SyncProperties properties,
      ApplicationEventPublisher events, Clock clock) {
    this.records = records;
    this.batches = batches;
    this.attempts = attempts;
    this.dossiers = dossiers;
    this.origins = origins;
    this.organisation = organisation;
    this.validator = validator;
    this.signer = signer;
    this.personalSigning = personalSigning;
    this.registry = registry;
    this.artefacts = artefacts;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- outbox

  /**
   * Writes the signed version into the outbox, in the signing transaction (propagation MANDATORY: publishing the
   * event outside a transaction is a programming error). A second event for the same version changes nothing.
   */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(DossierVersionSigned signed) {
    String key = PayloadBuilder.idempotencyKey(signed.dossierId(), signed.versionNumber());
    if (records.findByIdempotencyKey(key).isPresent()) {
      return;
    }
    Unit unit = organisation.unit(signed.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, signed.unitId()));
    DeliveryMode mode = properties.deliveryMode();
    SyncRecordEntity record = records.save(new SyncRecordEntity(UUID.randomUUID().toString(), key,
        signed.dossierId(), signed.versionNumber(), unit.id(), unit.path(), mode.name(), SyncStatus.PENDING.name(),
        signed.signedAt(), clock.instant()));
    events.publishEvent(new SyncRecordQueued(record.getId(), signed.dossierId(), signed.versionNumber(), unit.id(),
        mode, origins.isSystemGenerated(signed.dossierId(), signed.versionNumber())));
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends one record unless it already has its final answer: pre-sync checks (a failure is a REJECTED record with
   * the problems in Vietnamese and English, nothing is sent), payload, signature, delivery with the record's
   * idempotency key. Safe to repeat: a record with an answer is not sent again, and a delivery whose answer was lost
   * is recognised by the national side.
   *
   * @return the record's status afterwards, ACCEPTED or REJECTED
   * @throws NationalRegistryUnavailableException when the national side did not answer (retry)
   */
  public SyncStatus send(String recordId) {
    SyncRecordEntity known = existing(recordId);
    if (SyncStatus.valueOf(known.getStatus()).isFinal()) {
      return SyncStatus.valueOf(known.getStatus());
    }
    DossierVersionView version = dossiers.versionForSystem(known.getDossierId(), known.getVersionNumber(),
        SYSTEM_ACTOR, "national sync " + known.getIdempotencyKey());
    List<ViolationReport> problems = new ArrayList<>(dossiers.checkVersion(known.getDossierId(), version.data())
        .stream().filter(ViolationReport::blocking).toList());
    problems.addAll(validator.check(version.data()));
    if (!problems.isEmpty()) {
      known.answer(SyncStatus.REJECTED.name(), clock.instant(), null, PRE_SYNC_INVALID,
          lines(problems, ViolationReport::messageVi), lines(problems, ViolationReport::messageEn));
      LOG.info("sync record {} stopped before sending: {} problem(s)", known.getIdempotencyKey(), problems.size());
      return SyncStatus.REJECTED;
    }
    ObjectNode record = PayloadBuilder.record(known.getDossierId(), known.getVersionNumber(), known.getSignedAt(),
        version.data(), artefacts.dataSignature(known.getDossierId(), known.getVersionNumber()).orElse(null));
    ObjectNode envelope = PayloadBuilder.envelope(known.getIdempotencyKey(), properties.provinceCode(),
        properties.signer().displayName(), record, signer.sign(record));
    if (known.getBatchId() != null) {
      SyncBatchEntity batch = approvedBatch(known.getBatchId());
      PayloadBuilder.withBatch(envelope, manifestOf(batch), batch.getManifestSignature());
    }
    attempts.mark(recordId);
    NationalAnswer answer = registry.deliver(new NationalSubmission(known.getIdempotencyKey(), envelope));
    SyncRecordEntity current = existing(recordId);
    if (answer.accepted()) {
      current.answer(SyncStatus.ACCEPTED.name(), clock.instant(), answer.nationalId(), null, null, null);
    } else {
      current.answer(SyncStatus.REJECTED.name(), clock.instant(), null, answer.errorCode(),
          "CSDL quốc gia từ chối: " + answer.errorMessage(), "Rejected by the national database: "
              + answer.errorMessage());
    }
    LOG.info("sync record {}: {}{}", known.getIdempotencyKey(), current.getStatus(),
        answer.duplicate() ? " (duplicate delivery recognised)" : "");
    return SyncStatus.valueOf(current.getStatus());
  }

  /** Puts a rejected record back into the outbox after the focal officer's fix; the same key is delivered again. */
  public void reopen(String recordId) {
    SyncRecordEntity record = existing(recordId);
    if (SyncStatus.valueOf(record.getStatus()) == SyncStatus.REJECTED) {
      record.reopen(SyncStatus.PENDING.name());
    }
  }

  /** Status, error code and error texts of a record, for the focal officer's task. */
  @Transactional(readOnly = true)
  public SyncRecordView record(String recordId) {
    SyncRecordEntity r = existing(recordId);
    return new SyncRecordView(r.getId(), r.getIdempotencyKey(), r.getDossierId(), r.getVersionNumber(),
        r.getUnitId(), SyncStatus.valueOf(r.getStatus()), r.getAttempts(), r.getBatchId(), r.getNationalId(),
        r.getErrorCode(), r.getErrorVi(), r.getErrorEn());
  }

  // ---------------------------------------------------------------- monthly batch

  /**
   * Collects every batch-mode record still waiting (signed this month or left over from earlier months) into the
   * batch of the month of {@code now} (Vietnam time). A month has one batch: collecting twice gives size 0.
   */
  public BatchCollected collectBatch() {
    String month = YearMonth.from(clock.instant().atZone(WorkingCalendar.ZONE)).toString();
    if (batches.findByMonth(month).isPresent()) {
      return new BatchCollected("", month, 0);
    }
    List<SyncRecordEntity> waiting = records.findByDeliveryModeAndBatchIdIsNullAndStatusOrderByQueuedAtAsc(
        DeliveryMode.MONTHLY_BATCH.name(), SyncStatus.PENDING.name());
    if (waiting.isEmpty()) {
      return new BatchCollected("", month, 0);
    }
    SyncBatchEntity batch = batches.save(new SyncBatchEntity(UUID.randomUUID().toString(), month, clock.instant()));
    waiting.forEach(r -> r.assignTo(batch.getId()));
    return new BatchCollected(batch.getId(), month, waiting.size());
  }

  /** Ids of a batch's records, in the order they were queued. */
  @Transactional(readOnly = true)
  public List<String> recordsOf(String batchId) {
    return records.findByBatchIdOrderByQueuedAtAsc(batchId).stream().map(SyncRecordEntity::getId).toList();
  }

  /**
   * The director's approval of a batch, signed with the director's own key opened by the PIN they typed: the manifest
   * {@code {batchId, month, approvedBy, idempotencyKeys}} (keys sorted) gets the director's detached JAdES, kept with
   * the batch and sent with each of its records. The PIN array is wiped before returning.
   *
   * @throws BusinessException {@code syncBatchNotFound}, {@code syncBatchSignerNotDirector} (403: only a Sở Nội vụ
   *     director signs a batch), {@code syncBatchAlreadyApproved} (409), or the signing refusals ({@code
   *     signingPinWrong}, {@code signingKeyNotFound}, a refused certificate); nothing is stored then
   */
  public void approveBatch(String batchId, String director, char[] pin) {
    try {
      SyncBatchEntity batch = batches.findById(batchId)
          .orElseThrow(() -> new BusinessException("syncBatchNotFound", ErrorKind.NOT_FOUND, batchId));
      boolean isDirector = organisation.account(director).filter(a -> a.hasRole(Role.SNV_DIRECTOR)).isPresent();
      if (!isDirector) {
        throw new BusinessException("syncBatchSignerNotDirector", ErrorKind.FORBIDDEN, director, batch.getMonth());
      }
      if (SyncBatchEntity.APPROVED.equals(batch.getStatus())) {
        throw new BusinessException("syncBatchAlreadyApproved", ErrorKind.CONFLICT, batch.getMonth());
      }
      ObjectNode manifest = manifest(batch, director);
      batch.approve(director, clock.instant(), personalSigning.sign(director, manifest, pin));
    } finally {
      java.util.Arrays.fill(pin, '\0');
    }
  }

  /**
   * Checks, before the records of a batch are sent, that the batch is approved and that the director's signature
   * validates over the manifest as it is now (the batch's records and approver unchanged since signing).
   *
   * @return the validation result (signer = the director's name in the certificate)
   * @throws IllegalStateException when the batch is not approved or the signature does not validate: an incident
   */
  @Transactional(readOnly = true)
  public SignatureValidation verifyBatch(String batchId) {
    SyncBatchEntity batch = approvedBatch(batchId);
    SignatureValidation validation = personalSigning.validate(manifestOf(batch), batch.getManifestSignature());
    if (!validation.isValid()) {
      throw new IllegalStateException("the director's signature of sync batch " + batch.getMonth()
          + " does not validate: " + validation.indication() + " / " + validation.subIndication());
    }
    return validation;
  }

  private SyncBatchEntity approvedBatch(String batchId) {
    SyncBatchEntity batch = batches.findById(batchId)
        .orElseThrow(() -> new BusinessException("syncBatchNotFound", ErrorKind.NOT_FOUND, batchId));
    if (!SyncBatchEntity.APPROVED.equals(batch.getStatus()) || batch.getManifestSignature() == null
        || batch.getApprovedBy() == null) {
      throw new IllegalStateException("sync batch " + batch.getMonth() + " is not signed by the director");
    }
    return batch;
  }

  private ObjectNode manifestOf(SyncBatchEntity approved) {
    return manifest(approved, java.util.Objects.requireNonNull(approved.getApprovedBy()));
  }

  private ObjectNode manifest(SyncBatchEntity batch, String director) {
    ObjectNode manifest = JsonNodeFactory.instance.objectNode();
    manifest.put("batchId", batch.getId());
    manifest.put("month", batch.getMonth());
    manifest.put("approvedBy", director);
    var keys = manifest.putArray("idempotencyKeys");
    records.findByBatchIdOrderByQueuedAtAsc(batch.getId()).stream().map(SyncRecordEntity::getIdempotencyKey)
        .sorted().forEach(keys::add);
    return manifest;
  }

  // ---------------------------------------------------------------- reads

  @Override
  @Transactional(readOnly = true)
  public Optional<String> ofLatestSignedVersion(String dossierId) {
    return records.findFirstByDossierIdOrderByVersionNumberDesc(dossierId).map(SyncRecordEntity::getStatus);
  }

  /**
   * Counts of a unit subtree, in total and per batch.
   *
   * @throws BusinessException {@code syncSummaryForbidden} (403) when the unit is outside the caller's scope
   */
  @Transactional(readOnly = true)
  public SyncSummary summary(String unitId, String actor) {
    Unit unit = organisation.unit(unitId)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, unitId));
    AccessScope scope = organisation.scopeOf(actor);
    if (scope.subtree().filter(unit.path()::startsWith).isEmpty()) {
      throw new BusinessException("syncSummaryForbidden", ErrorKind.FORBIDDEN, unitId);
    }
    SyncSummary.Counts total = counts(records.countByStatus(unit.path()).stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    Map<String, Map<String, Long>> perBatch = new LinkedHashMap<>();
    for (Object[] row : records.countByBatchAndStatus(unit.path())) {
      perBatch.computeIfAbsent((String) row[0], id -> new LinkedHashMap<>()).put((String) row[1], (Long) row[2]);
    }
    List<SyncSummary.BatchCounts> batchCounts = new ArrayList<>();
    perBatch.forEach((batchId, byStatus) -> batches.findById(batchId).ifPresent(b -> batchCounts.add(
        new SyncSummary.BatchCounts(b.getId(), b.getMonth(), b.getStatus(), counts(byStatus)))));
    batchCounts.sort((a, b) -> b.month().compareTo(a.month()));
    return new SyncSummary(unitId, total, batchCounts);
  }

  private static SyncSummary.Counts counts(Map<String, Long> byStatus) {
    Map<SyncStatus, Long> c = new EnumMap<>(SyncStatus.class);
    byStatus.forEach((status, n) -> c.put(SyncStatus.valueOf(status), n));
    return new SyncSummary.Counts(c.getOrDefault(SyncStatus.PENDING, 0L), c.getOrDefault(SyncStatus.SENT, 0L),
        c.getOrDefault(SyncStatus.ACCEPTED, 0L), c.getOrDefault(SyncStatus.REJECTED, 0L));
  }

  private SyncRecordEntity existing(String recordId) {
    return records.findById(recordId)
        .orElseThrow(() -> new BusinessException("syncRecordNotFound", ErrorKind.NOT_FOUND, recordId));
  }

  private static String lines(List<ViolationReport> problems,
      java.util.function.Function<ViolationReport, String> text) {
    String joined = problems.stream().map(p -> "• " + text.apply(p)).collect(Collectors.joining("\n"));
    return joined.length() > 3900 ? joined.substring(0, 3900) + "\n…" : joined;
  }
}
