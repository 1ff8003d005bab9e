package vn.gov.hoso.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One audit row. {@code action} is e.g. {@code DOSSIER_READ}; {@code endpoint} is "GET /api/dossiers/{cccd}". */
public record AuditEvent(Instant at, String actor, String action, @Nullable String dossierId, String endpoint) {

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(endpoint, "endpoint");
  }
}
