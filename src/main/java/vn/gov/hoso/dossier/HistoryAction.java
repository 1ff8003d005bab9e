package vn.gov.hoso.dossier;

/** Actions recorded in the update history ("Lịch sử cập nhật"). */
public enum HistoryAction {
  OPEN("Tạo hồ sơ", "Dossier opened"),
  SAVE_DRAFT("Lưu nháp", "Draft saved"),
  SUBMIT_REFUSED("Gửi xác nhận chưa hợp lệ", "Submission refused by validation"),
  SUBMIT("Gửi xác nhận", "Submitted for confirmation"),
  REJECT("Từ chối", "Rejected"),
  CONFIRM("Xác nhận", "Confirmed"),
  ATTACH("Đính kèm tài liệu", "Document attached"),
  CHANGE_DECLARED("Khai báo thay đổi", "Change declared"),
  UNLOCK("Mở khóa hồ sơ", "Dossier unlocked"),
  SIGN("Đã ký", "Signed"),
  UNIT_CHANGE("Chuyển đơn vị", "Unit changed"),
  IMPORT("Nhận từ CSDL quốc gia", "Received from the national database"),
  EXIT_DECIDED("Quyết định nghỉ việc, biệt phái", "Exit or secondment decided"),
  EXIT_CANCELLED("Hủy quyết định nghỉ việc, chuyển công tác", "Exit or transfer cancelled"),
  EMPLOYMENT_STATUS("Ghi nhận trạng thái công tác", "Employment status recorded"),
  SECONDMENT_END("Kết thúc biệt phái", "Secondment ended"),
  TRANSFER_OUT("Chuyển công tác ra ngoài tỉnh", "Transferred out of the province"),
  ARCHIVE("Chuyển vào lưu trữ", "Moved to the archive");

  private final String labelVi;
  private final String labelEn;

  HistoryAction(String labelVi, String labelEn) {
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
