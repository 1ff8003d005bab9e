package vn.gov.hoso.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A recruitment decision as the recruiting unit enters it: who (CCCD, name, gender, birth date), where (unit,
 * personnel category), and the decision (number, date, first working day). The scanned decision travels beside it.
 *
 * @param gender "Nam" or "Nữ"
 * @param personnelCategory "Cán bộ", "Công chức", "Viên chức" or "Người lao động"
 */
public record NewRecruitment(
    @NotBlank @Pattern(regexp = "\\d{12}") String citizenId,
    @NotBlank @Size(max = 200) String fullName,
    @NotBlank @Pattern(regexp = "Nam|Nữ") String gender,
    @NotNull LocalDate dateOfBirth,
    @NotBlank @Size(max = 64) String unitId,
    @NotBlank @Pattern(regexp = "Cán bộ|Công chức|Viên chức|Người lao động") String personnelCategory,
    @NotBlank @Size(max = 100) String decisionNumber,
    @NotNull LocalDate decisionDate,
    @NotNull LocalDate startDate) {}
