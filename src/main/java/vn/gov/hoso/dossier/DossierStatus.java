package vn.gov.hoso.dossier;

/** Status of a dossier as displayed in provincial systems. */
public enum DossierStatus {
  DRAFT("Đang cập nhật", "Editing"),
  SUBMITTED("Chờ xác nhận", "Awaiting confirmation"),
  REJECTED("Từ chối", "Rejected"),
  CONFIRMED("Xác nhận", "Confirmed"),
  /** The confirmed version is signed by the head of the unit (CV as PDF and data). */
  SIGNED("Đã ký", "Signed");

  private final String labelVi;
  private final String labelEn;

  DossierStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }
}
