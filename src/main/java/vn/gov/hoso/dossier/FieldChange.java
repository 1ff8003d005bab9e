package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a dossier.
 *
 * @param path as in validation: {@code fullName}, {@code placeOfBirth.communeName}, {@code workHistory[1].unit}, or a
 *     whole row {@code workHistory[3]} when a row was added or removed (0-based index)
 * @param labelVi Vietnamese label; for object members and table cells the parent's label, " › ", then the member's
 * @param labelEn English label, built the same way
 * @param before the old value, {@code null} when it was empty
 * @param after the new value, {@code null} when it is empty
 */
public record FieldChange(
    String path, String labelVi, String labelEn, ChangeKind kind, @Nullable JsonNode before, @Nullable JsonNode after) {

  public FieldChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(labelVi, "labelVi");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(kind, "kind");
    if (kind == ChangeKind.ADDED && (before != null || after == null)
        || kind == ChangeKind.REMOVED && (before == null || after != null)
        || kind == ChangeKind.CHANGED && (before == null || after == null)) {
      throw new IllegalArgumentException(kind + " does not fit before=" + before + ", after=" + after);
    }
  }
}
