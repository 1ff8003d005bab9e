package vn.gov.hoso.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kind of event that changes a locked dossier (the short list of the form {@code declare-change}). */
public enum ChangeType {
  APPOINTMENT("appointment", "Bổ nhiệm, điều động, luân chuyển", "Appointment, transfer, rotation"),
  SALARY_RAISE("salary-raise", "Nâng lương, phụ cấp", "Salary raise, allowance"),
  TRAINING("training", "Đào tạo, bồi dưỡng", "Training"),
  REWARD_DISCIPLINE("reward-discipline", "Khen thưởng, kỷ luật", "Rewards, discipline"),
  FAMILY("family", "Quan hệ gia đình", "Family"),
  OTHER("other", "Khác", "Other");

  private final String code;
  private final String labelVi;
  private final String labelEn;

  ChangeType(String code, String labelVi, String labelEn) {
    this.code = code;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** The value in forms and on the API, e.g. {@code salary-raise}. */
  public String code() {
    return code;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** By form/API code or enum name, any case. */
  public static Optional<ChangeType> of(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.code.equals(v) || t.name().toLowerCase(Locale.ROOT).equals(v))
        .findFirst();
  }
}
