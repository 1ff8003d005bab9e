package vn.gov.hoso.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.dossier.DossierView;

/**
 * A dossier on the API. {@code status} is the status as displayed (Đang cập nhật, Chờ xác nhận, Từ chối, Xác nhận),
 * {@code statusCode} its stable code (DRAFT, SUBMITTED, REJECTED, CONFIRMED), {@code data} the current data keyed by
 * the identifiers of the field specification, {@code syncStatus} the national-sync state of the latest signed version
 * (PENDING, SENT, ACCEPTED, REJECTED; null before any version is signed).
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
    JsonNode data,
    @Nullable String syncStatus) {

  static DossierResponse of(DossierView v, @Nullable String syncStatus) {
    return new DossierResponse(v.id(), v.fullName(), v.unitId(), v.status().labelVi(), v.status().name(),
        v.status().labelEn(), v.currentVersion(), v.lastNote(), v.updatedAt(), v.updatedBy(), v.data(), syncStatus);
  }
}
