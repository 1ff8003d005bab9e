package vn.gov.hoso.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.dossier.DossierView;

/**
 * A dossier on the API. {@code status} is the status as displayed (Đang cập nhật, Chờ xác nhận, Từ chối, Xác nhận),
 * {@code statusCode} its stable code (DRAFT, SUBMITTED, REJECTED, CONFIRMED), {@code data} the current data keyed by
 * the identifiers of the field specification. {@code locked}: the confirmed version is locked (the employee cannot
 * edit; a change or an authorised unlock opens it); {@code lockedVersion} the last locked version;
 * {@code changeOpen}: a change is being declared or verified; {@code redacted}: the identifiers of the sensitive fields
 * left out of {@code data} because the caller may not see them (empty when nothing is left out); {@code syncStatus}: the
 * national-sync state of the latest signed version (PENDING, SENT, ACCEPTED, REJECTED; null before any is signed);
 * {@code employmentStatus} the person's employment status as displayed (Đang công tác, Biệt phái, Nghỉ hưu…) and
 * {@code employmentStatusCode} its code ({@code EmploymentStatus}); {@code archivedAt}: when the dossier moved to the
 * permanent archive (read-only), null while active.
 */
record DossierResponse(
    String cccd,
    @Nullable String fullName,
    String unitId,
    String status,
    String statusCode,
    String statusEn,
    int currentVersion,
    @Nullable String lastNote,
    Instant updatedAt,
    String updatedBy,
    boolean locked,
    @Nullable Integer lockedVersion,
    boolean changeOpen,
    JsonNode data,
    List<String> redacted,
    @Nullable String syncStatus,
    String employmentStatus,
    String employmentStatusCode,
    @Nullable Instant archivedAt) {

  static DossierResponse of(DossierView v, @Nullable String syncStatus) {
    return new DossierResponse(v.id(), v.fullName(), v.unitId(), v.status().labelVi(), v.status().name(),
        v.status().labelEn(), v.currentVersion(), v.lastNote(), v.updatedAt(), v.updatedBy(), v.locked(),
        v.lockedVersion(), v.openChangeId() != null, v.data(), v.redacted(), syncStatus,
        v.employmentStatus().labelVi(), v.employmentStatus().name(), v.archivedAt());
  }
}
