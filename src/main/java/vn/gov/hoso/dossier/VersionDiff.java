package vn.gov.hoso.dossier;

import java.util.List;

/**
 * The differences between two versions as a reader may see them.
 *
 * @param redacted identifiers of the sensitive fields left out of the comparison for this reader (empty when none)
 */
public record VersionDiff(List<FieldChange> changes, List<String> redacted) {

  public VersionDiff {
    changes = List.copyOf(changes);
    redacted = List.copyOf(redacted);
  }
}
