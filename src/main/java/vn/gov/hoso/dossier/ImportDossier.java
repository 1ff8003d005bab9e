package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Command to create the local dossier of a person arriving from another province from the national record.
 *
 * @param content the national fields keyed by the field specification's identifiers; the identity and unit fields
 *     are set by the dossier module (the receiving unit replaces the origin's)
 * @param originProvinceCode the province that sent the national record
 * @param nationalVersion the version number of the national record
 * @param signedAt when the origin's head signed it ({@code null} when unknown)
 */
public record ImportDossier(String citizenId, String unitId, ObjectNode content, String originProvinceCode,
    int nationalVersion, @Nullable Instant signedAt) {

  public ImportDossier {
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(originProvinceCode, "originProvinceCode");
    if (!citizenId.matches("\\d{12}")) {
      throw new IllegalArgumentException("a CCCD has 12 digits");
    }
  }
}
