package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Command to open the dossier of a person recruited into a unit. The dossier id is the person's 12-digit CCCD.
 *
 * @param gender "Nam" or "Nữ"
 * @param personnelCategory "Cán bộ", "Công chức", "Viên chức" or "Người lao động"
 * @param rankOrTitleCode what the recruitment decision says, when known: the rank or professional title code (30.1,
 *     e.g. 01.003 or V.07.03.29); its name is taken from the catalog. Null: the employee declares it.
 * @param jobPositionCode the job position (30.3) of the unit's staffing plan, when known, with {@code jobPositionName}
 */
public record OpenDossier(
    String citizenId, String fullName, String gender, LocalDate dateOfBirth, String unitId, String personnelCategory,
    @Nullable String rankOrTitleCode, @Nullable String jobPositionCode, @Nullable String jobPositionName) {

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

  /** A person whose rank and job position the employee declares. */
  public OpenDossier(String citizenId, String fullName, String gender, LocalDate dateOfBirth, String unitId,
      String personnelCategory) {
    this(citizenId, fullName, gender, dateOfBirth, unitId, personnelCategory, null, null, null);
  }
}
