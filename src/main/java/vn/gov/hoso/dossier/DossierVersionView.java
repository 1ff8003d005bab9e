package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot made at a submission.
 *
 * @param redacted identifiers of the sensitive fields left out of {@code data} for this reader (empty when none)
 */
public record DossierVersionView(
    String dossierId, int number, String submittedBy, Instant submittedAt, JsonNode data, List<String> redacted) {

  public DossierVersionView {
    redacted = List.copyOf(redacted);
  }
}
