package vn.gov.hoso.dossier.schema;

/** The 11 groups (I–XI) in which an employee declares the dossier, in the order of the TT 06/2023 form. */
public enum DossierGroup {
  I("Thông tin chung (nhân thân, định danh)", "General information (identity)"),
  II("Tuyển dụng và công việc", "Recruitment and work"),
  III("Đảng, đoàn thể, quân ngũ, đối tượng chính sách", "Party, organisations, military service, policy groups"),
  IV("Trình độ và danh hiệu", "Qualifications and honours"),
  V("Chức vụ, kiêm nhiệm, quy hoạch", "Positions, concurrent posts, planning"),
  VI("Tiền lương, phụ cấp", "Salary and allowances"),
  VII("Sức khỏe", "Health"),
  VIII("Đào tạo, bồi dưỡng", "Training"),
  IX("Quá trình công tác và lịch sử bản thân", "Career and personal history"),
  X("Khen thưởng, kỷ luật", "Awards and discipline"),
  XI("Quan hệ gia đình và hoàn cảnh kinh tế", "Family and household economy");

  private final String titleVi;
  private final String titleEn;

  DossierGroup(String titleVi, String titleEn) {
    this.titleVi = titleVi;
    this.titleEn = titleEn;
  }

  public String titleVi() {
    return titleVi;
  }

  public String titleEn() {
    return titleEn;
  }
}
