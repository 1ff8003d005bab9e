package vn.gov.hoso.dossier.schema;

/**
 * Why a field or table of the dossier is sensitive (issue 4, item 6): its value is stored encrypted and shown only to
 * the readers allowed to see sensitive data (see {@code DossierAccess}).
 */
public enum SensitiveCategory {
  PLANNING("planning", "Quy hoạch", "Planning"),
  DETENTION("detention", "Bị bắt, bị tù", "Arrest and detention"),
  FORMER_REGIME("former-regime", "Làm việc cho chế độ cũ", "Service for the former regime"),
  FOREIGN_TIES("foreign-ties", "Quan hệ với tổ chức nước ngoài", "Ties with foreign organisations"),
  HEALTH("health", "Sức khỏe", "Health"),
  FAMILY("family", "Gia đình", "Family"),
  HOUSEHOLD_ECONOMY("household-economy", "Hoàn cảnh kinh tế gia đình", "Household economy");

  private final String code;
  private final String labelVi;
  private final String labelEn;

  SensitiveCategory(String code, String labelVi, String labelEn) {
    this.code = code;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** Stable code for APIs and documentation. */
  public String code() {
    return code;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }
}
