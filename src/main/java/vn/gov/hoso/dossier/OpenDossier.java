package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Command to open the dossier of a person recruited into a unit. The dossier id is the person's 12-digit CCCD.
 *
 * @param gender "Nam" or "Nữ"
 * @param personnelCategory "Cán bộ", "Công chức", "Viên chức" or "Người lao động"
 */
public record OpenDossier(
    String citizenId, String fullName, String gender, LocalDate dateOfBirth, String unitId, String personnelCategory) {

  public OpenDossier {
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(personnelCategory, "personnelCategory");
    if (!citizenId.matches("\\d{12}")) {
      throw new IllegalArgumentException("a CCCD has 12 digits");
    }
  }
}
