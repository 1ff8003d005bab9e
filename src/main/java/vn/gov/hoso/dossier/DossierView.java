package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as its readers see it: status, current data (the latest draft) and current version number; whether the
 * confirmed version is locked, the last locked version, and the change being declared or verified, if any.
   *
   * @param redacted identifiers of the sensitive fields left out of {@code data} for this reader (empty when none)
   * @param employmentStatus the person's employment status (Đang công tác, Biệt phái, Nghỉ hưu…)
   * @param archivedAt when the dossier moved to the permanent archive (read-only); null while active
 */
public record DossierView(
    String id,
    @Nullable String fullName,
    String unitId,
    DossierStatus status,
    int currentVersion,
    @Nullable String lastNote,
    JsonNode data,
    Instant updatedAt,
    String updatedBy,
    boolean locked,
    @Nullable Integer lockedVersion,
    @Nullable String openChangeId,
    List<String> redacted,
    EmploymentStatus employmentStatus,
    @Nullable Instant archivedAt) {

  public DossierView {
    redacted = List.copyOf(redacted);
  }
}
