package vn.gov.hoso.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.audit.internal.AuditEventEntity;
import vn.gov.hoso.audit.internal.AuditEventRepository;

/** Writes and reads the audit trail. Rows are never updated or deleted. */
@Service
public class AuditService {

  public static final String DOSSIER_READ = "DOSSIER_READ";
  public static final String DOSSIER_READ_DENIED = "DOSSIER_READ_DENIED";
  /** The sensitive fields of a dossier were decrypted for a reader (in addition to its {@link #DOSSIER_READ}). */
  public static final String DOSSIER_READ_SENSITIVE = "DOSSIER_READ_SENSITIVE";
  /** A reader without the right to the sensitive fields asked for a document that needs them (the CV). */
  public static final String DOSSIER_READ_SENSITIVE_DENIED = "DOSSIER_READ_SENSITIVE_DENIED";
  /** An administrator re-encrypted the stored sensitive data to the active key. */
  public static final String CRYPTO_ROTATE = "CRYPTO_ROTATE";

  private static final Set<String> REFUSALS = Set.of(DOSSIER_READ_DENIED, DOSSIER_READ_SENSITIVE_DENIED);

  private final AuditEventRepository events;
  private final Clock clock;
  private final TransactionTemplate joining;
  private final TransactionTemplate own;

  public AuditService(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions) {
    this.events = events;
    this.clock = clock;
    this.joining = new TransactionTemplate(transactions);
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records an event. A refusal ({@link #DOSSIER_READ_DENIED}, {@link #DOSSIER_READ_SENSITIVE_DENIED}) is written in
   * its own transaction, so it stays recorded when the caller's transaction rolls back with the refusal; so is an
   * event inside a read-only transaction (PostgreSQL refuses the insert there). Every other event joins the caller's
   * writable transaction (or gets one): it is recorded exactly when what it records is committed, and it needs no
   * second database connection while the caller holds one. That matters for the engine's job threads (a declaration
   * start reads the dossier for the form): threads each holding one connection and waiting for a second one would
   * block each other until the pool's timeout.
   */
  public void record(String actor, String action, @Nullable String dossierId, String endpoint) {
    boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    (readOnly || REFUSALS.contains(action) ? own : joining).executeWithoutResult(
        status -> events.save(new AuditEventEntity(clock.instant(), actor, action, dossierId, endpoint)));
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> eventsOf(String dossierId) {
    return events.findByDossierIdOrderByIdAsc(dossierId).stream().map(AuditEventEntity::toEvent).toList();
  }
}
