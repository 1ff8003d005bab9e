package vn.gov.hoso.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * Employment status of a person (field {@code employmentStatus}, group II of the field specification), stored as its
 * code in column {@code dossier.employment_status}; the dossier content keeps the Vietnamese label. Every status but
 * {@link #ACTIVE} and {@link #SECONDED} ends the employment in the province: the dossier is archived, never deleted.
 */
public enum EmploymentStatus {
  ACTIVE("Đang công tác", "Working"),
  /** Biệt phái: temporary, with a return date; the dossier stays active. */
  SECONDED("Biệt phái", "Seconded"),
  TRANSFERRED_OUT("Chuyển công tác", "Transferred out"),
  RETIRED("Nghỉ hưu", "Retired"),
  RESIGNED("Thôi việc", "Resigned"),
  DISMISSED("Buộc thôi việc", "Dismissed"),
  DECEASED("Từ trần", "Deceased");

  private final String labelVi;
  private final String labelEn;

  EmploymentStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** Whether this status ends the employment in the province (the dossier goes to the archive). */
  public boolean endsEmployment() {
    return this != ACTIVE && this != SECONDED;
  }

  /** The status whose Vietnamese label is the content value {@code label}. */
  public static Optional<EmploymentStatus> ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.labelVi.equals(label)).findFirst();
  }
}
