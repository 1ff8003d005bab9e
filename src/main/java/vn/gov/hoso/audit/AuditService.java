package vn.gov.hoso.audit;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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

  private final AuditEventRepository events;
  private final Clock clock;

  public AuditService(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records an event in its own transaction, so a denied or failing read is audited even when the caller's
   * transaction rolls back.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String actor, String action, @Nullable String dossierId, String endpoint) {
    events.save(new AuditEventEntity(clock.instant(), actor, action, dossierId, endpoint));
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> eventsOf(String dossierId) {
    return events.findByDossierIdOrderByIdAsc(dossierId).stream().map(AuditEventEntity::toEvent).toList();
  }
}
