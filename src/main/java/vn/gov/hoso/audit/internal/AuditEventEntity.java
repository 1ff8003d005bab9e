package vn.gov.hoso.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.audit.AuditEvent;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private Instant at;
  private String actor;
  private String action;

  @Column(name = "dossier_id")
  private @Nullable String dossierId;

  private String endpoint;

  protected AuditEventEntity() {
    this(Instant.EPOCH, "", "", null, "");
  }

  public AuditEventEntity(Instant at, String actor, String action, @Nullable String dossierId, String endpoint) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.dossierId = dossierId;
    this.endpoint = endpoint;
  }

  public AuditEvent toEvent() {
    return new AuditEvent(at, actor, action, dossierId, endpoint);
  }
}
