package vn.gov.hoso.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.hoso.dossier.pdf.CvPdfRendererTest.assertDraftMarkOnEveryPage;
import static vn.gov.hoso.dossier.pdf.CvPdfRendererTest.pagesWithOnlyEmbeddedDejaVu;
import static vn.gov.hoso.dossier.pdf.CvPdfRendererTest.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.pdf.CvPdfRendererTest.DiagonalText;

/** The "Sơ yếu lý lịch 2C" printout (Mẫu 2C-BNV/2008) of Bùi Thị Thủy's version 1, an older record. */
class So2cPdfRendererTest {

  static byte[] draft;
  static String text;

  @BeforeAll
  static void renderTheFixture() throws IOException {
    draft = CvFixtures.renderer().renderSo2c(anOlderRecord(), true, false);
    text = text(draft);
    Path out = Path.of("target", "cv-2c.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, draft);
  }

  /** The fixture with the 2C-only line 8 (hộ khẩu thường trú) as imported from a 2C record. */
  static CvSource anOlderRecord() {
    ObjectNode data = DossierFixtures.aCivilServantDossier();
    data.putObject("legacyPermanentResidence").put("detail", "Thôn Đông Khê").put("communeName", "Xã Hoằng Lộc")
        .put("districtName", "Huyện Hoằng Hóa").put("provinceCode", "38");
    return CvFixtures.source(data);
  }

  @Test
  void printsTheHeadingOfTheDecreeWhenRenderingTheFixture() {
    assertThat(text)
        .contains("Mẫu 2C-BNV/2008")
        .contains("Quyết định số 02/2008/QĐ-BNV ngày 06/10/2008")
        .contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC")
        .contains("Cơ quan, đơn vị có thẩm quyền quản lý CBCC: Sở Nội vụ tỉnh Thanh Hóa")
        .contains("Số hiệu cán bộ, công chức: TH-SNV-00123")
        .doesNotContain("Thông tư số 06/2023");
  }

  @Test
  void printsVietnameseValuesExactlyWhenRenderingTheFixture() {
    assertThat(text)
        .contains("1) Họ và tên khai sinh (viết chữ in hoa): BÙI THỊ THỦY")
        .contains("Sinh ngày: 14/03/1985", "Giới tính (nam, nữ): Nữ")
        .contains("Quê quán: Xã Hoằng Lộc, Huyện Hoằng Hóa, tỉnh Thanh Hóa")
        .contains("8) Nơi đăng ký hộ khẩu thường trú: Thôn Đông Khê, Xã Hoằng Lộc, Huyện Hoằng Hóa, tỉnh Thanh Hóa")
        .contains("Chức vụ (chức danh) hiện tại: Phó Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ; Chi ủy "
            + "viên Chi bộ Phòng Tổ chức, biên chế")
        .contains("Ngạch công chức (viên chức): Chuyên viên", "Mã ngạch: 01.003", "Hệ số: 3,99")
        .contains("15.3- Lý luận chính trị: Trung cấp lý luận chính trị - hành chính")
        .contains("15.5- Ngoại ngữ: Tiếng Anh – Chứng chỉ tiếng Anh bậc 3 (B1)")
        .contains("Khen thưởng: Giấy khen của Giám đốc Sở Nội vụ (2024)")
        .contains("25) Số chứng minh nhân dân: 038185011234")
        .contains("Tôi xin cam đoan những lời khai trên đây là đúng sự thật");
  }

  @Test
  void printsTheCellsOfThe2cTablesWhenRenderingTheFixture() {
    assertThat(text)
        .contains("Học viện Hành chính Quốc gia Hành chính học 09/2003 – 06/2007 Chính quy Cử nhân")
        .contains("Trường Đại học Hồng Đức Tiếng Anh 01/2016 – 05/2016 Chứng chỉ tiếng Anh bậc 3 (B1), điểm số: 6,50")
        .contains("10/2020 – nay Phó Trưởng phòng, Phòng Tổ chức, biên chế và tổ chức phi chính phủ - Sở Nội vụ "
            + "tỉnh Thanh Hóa")
        .contains("Chồng Nguyễn Văn Nam 1983")
        .contains("Mẹ Trịnh Thị Hoa 1957")
        .contains("Tháng/năm 09/2008 09/2011 09/2014 09/2017 09/2020 09/2023")
        .contains("Mã ngạch/bậc 01.003/1 01.003/2")
        .contains("Hệ số lương 2,34 2,67 3,00 3,33 3,66 3,99");
  }

  @Test
  void printsItemsOneToThirtyTwoInTheOrderAndNumberingOf2cWhenRenderingTheFixture() {
    List<String> markers = List.of("1) Họ và tên khai sinh", "2) Tên gọi khác", "3) Sinh ngày", "4) Nơi sinh",
        "5) Quê quán", "6) Dân tộc", "7) Tôn giáo", "8) Nơi đăng ký hộ khẩu thường trú", "9) Nơi ở hiện nay",
        "10) Nghề nghiệp khi được tuyển dụng", "11) Ngày tuyển dụng", "12) Chức vụ (chức danh) hiện tại",
        "13) Công việc chính được giao", "14) Ngạch công chức (viên chức)", "15.1- Trình độ giáo dục phổ thông",
        "15.2- Trình độ chuyên môn cao nhất", "15.3- Lý luận chính trị", "15.4- Quản lý nhà nước",
        "15.5- Ngoại ngữ", "15.6- Tin học", "16) Ngày vào Đảng Cộng sản Việt Nam",
        "17) Ngày tham gia tổ chức chính trị - xã hội", "18) Ngày nhập ngũ", "19) Danh hiệu được phong tặng cao nhất",
        "20) Sở trường công tác", "21) Khen thưởng", "22) Kỷ luật", "23) Tình trạng sức khoẻ",
        "24) Là thương binh hạng", "25) Số chứng minh nhân dân", "26) Số sổ BHXH",
        "27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN", "28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN",
        "30) QUAN HỆ GIA ĐÌNH", "a) Về bản thân", "b) Về bên vợ (hoặc chồng)",
        "31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC", "32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ",
        "Người khai", "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC");
    assertThat(text).containsSubsequence(markers);
  }

  @Test
  void marksEveryPageDiagonallyAsDraftWhenTheVersionIsUnsigned() throws IOException {
    assertDraftMarkOnEveryPage(draft);
  }

  @Test
  void carriesNoDraftMarkButSaysItIsNotTheSignedDocumentWhenPrintedFromASignedVersion() throws IOException {
    byte[] print = CvFixtures.renderer().renderSo2c(anOlderRecord(), false, true);
    String printed = text(print);
    assertThat(printed).contains("BÙI THỊ THỦY").doesNotContain("NHÁP");
    try (PDDocument pdf = Loader.loadPDF(print)) {
      assertThat(DiagonalText.of(pdf, 1)).isEmpty();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        assertThat(pageText(pdf, page)).as("page %d", page).contains("Bản in theo mẫu 2C từ phiên bản đã ký số 1 — "
            + "văn bản có chữ ký số là bản theo mẫu TT 06/2023");
      }
    }
    assertThat(text).doesNotContain("Bản in theo mẫu 2C");
  }

  @Test
  void embedsOnlyTheDejaVuFontWhenRenderingTheFixture() throws IOException {
    assertThat(pagesWithOnlyEmbeddedDejaVu(draft)).isBetween(2, 8);
  }

  @Test
  void givesIdenticalBytesWhenTheSameVersionIsRenderedAgain() {
    assertThat(CvFixtures.renderer().renderSo2c(anOlderRecord(), true, false)).isEqualTo(draft);
    assertThat(CvFixtures.renderer().renderSo2c(anOlderRecord(), false, true))
        .isEqualTo(CvFixtures.renderer().renderSo2c(anOlderRecord(), false, true));
  }

  @Test
  void differsFromTheTt06LayoutWhenTheSameVersionIsRendered() throws IOException {
    assertThat(text(CvFixtures.renderer().render(anOlderRecord(), true))).doesNotContain("Mẫu 2C-BNV/2008");
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }
}
