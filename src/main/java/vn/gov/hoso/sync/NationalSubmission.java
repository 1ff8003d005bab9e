package vn.gov.hoso.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One signed record on its way to the national database.
 *
 * @param idempotencyKey {@code <cccd>-v<version>}, the same for every delivery of the version
 * @param envelope the JSON body: {@code schema}, {@code idempotencyKey}, {@code sender}, {@code record},
 *     {@code signature} (see {@code docs/national-sync.md})
 */
public record NationalSubmission(String idempotencyKey, JsonNode envelope) {

  public NationalSubmission {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(envelope, "envelope");
  }
}
