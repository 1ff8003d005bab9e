package vn.gov.hoso.dossier.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the CV of one dossier version is made of. The rendered bytes depend on these values only.
 *
 * @param versionNumber the submitted version, or 0 for the current (unsubmitted) draft
 * @param data the dossier content (JSON of the TT 06/2023 fields)
 * @param photo the photo bytes (JPEG or PNG) or null when the dossier has none
 * @param photoType the photo's media type, {@code image/jpeg} or {@code image/png}; ignored without a photo
 * @param unitNames names of the units the content refers to (H1, H2), by unit id
 * @param issuedAt the document's creation date: the version's submission time (the draft's last change)
 */
public record CvSource(
    String dossierId,
    int versionNumber,
    JsonNode data,
    byte @Nullable [] photo,
    String photoType,
    Map<String, String> unitNames,
    Instant issuedAt) {

  public CvSource {
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(photoType, "photoType");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (versionNumber < 0) {
      throw new IllegalArgumentException("version number " + versionNumber);
    }
    if (photo != null && !photoType.equals("image/jpeg") && !photoType.equals("image/png")) {
      throw new IllegalArgumentException("photo type " + photoType);
    }
    photo = photo == null ? null : photo.clone();
    unitNames = Map.copyOf(unitNames);
  }

  @Override
  public byte @Nullable [] photo() {
    return photo == null ? null : photo.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CvSource o && dossierId.equals(o.dossierId) && versionNumber == o.versionNumber
        && data.equals(o.data) && Arrays.equals(photo, o.photo) && photoType.equals(o.photoType)
        && unitNames.equals(o.unitNames) && issuedAt.equals(o.issuedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dossierId, versionNumber, data, Arrays.hashCode(photo), photoType, unitNames, issuedAt);
  }

  @Override
  public String toString() {
    return "CvSource[dossierId=" + dossierId + ", versionNumber=" + versionNumber + "]";
  }
}
