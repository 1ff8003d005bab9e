package vn.gov.hoso.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The latest record the national database holds for a person (inbound pull, issue 6 item 6).
 *
 * @param fields the dossier data keyed by the identifiers of the field specification, as the sending province stored
 *     them (codes of the national lists, dates {@code YYYY-MM-DD}, tables as arrays of row objects); no local unit ids
 * @param versionNumber the version number the sending province gave the record
 * @param provinceCode the 2025 province code of the province that sent it
 * @param signedAt when the sending unit's head signed the version ({@code null} when the record does not say)
 */
public record NationalRecord(String citizenId, int versionNumber, String provinceCode, @Nullable Instant signedAt,
    ObjectNode fields) {

  public NationalRecord {
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(fields, "fields");
  }
}
