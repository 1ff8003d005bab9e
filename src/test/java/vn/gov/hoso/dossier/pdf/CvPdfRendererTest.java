package vn.gov.hoso.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.DossierFixtures;

class CvPdfRendererTest {

  static byte[] draft;
  static String text;

  @BeforeAll
  static void renderTheFixture() throws IOException {
    draft = CvFixtures.renderer().render(CvFixtures.buiThiThuyVersion1(), true);
    text = text(draft);
    Path out = Path.of("target", "cv-tt06.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, draft);
  }

  @Test
  void printsTheNameInCapitalsWhenRenderingTheFixture() {
    assertThat(text).contains("BÙI THỊ THỦY").doesNotContain("Bùi Thị Thủy:");
  }

  @Test
  void printsVietnameseLabelsAndCatalogNamesWhenRenderingTheFixture() {
    assertThat(text)
        .contains("SƠ YẾU LÝ LỊCH", "CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC")
        .contains("Cơ quan quản lý CBCCVC: Sở Nội vụ tỉnh Thanh Hóa")
        .contains("Mã số định danh: 038185011234")
        .contains("Dân tộc: Kinh", "Tôn giáo: Không")
        .contains("Sinh ngày: 14/03/1985")
        .contains("Quê quán (xã, phường; huyện, quận; tỉnh, thành phố): Xã Hoằng Lộc, Huyện Hoằng Hóa, tỉnh Thanh Hóa")
        .contains("Hệ số: 3,99", "Phụ cấp chức vụ: 0,30")
        .contains("01.003 – Chuyên viên")
        .contains("Tôi xin cam đoan những lời khai trên đây là đúng sự thật");
  }

  @Test
  void printsItemsOneToThirtyEightInOrderWhenRenderingTheFixture() {
    List<String> markers = List.of("1) Họ và tên khai sinh", "2) Các tên gọi khác", "10) Nơi ở hiện nay",
        "19) Trình độ giáo dục phổ thông", "28) Công việc chính được giao", "30.1-", "31) Tình trạng sức khoẻ",
        "32.1-", "32.6-", "33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "34.3-", "35.2-", "36.1-", "36.2-", "37.1-", "37.3-",
        "38) NHẬN XÉT", "NGƯỜI KHAI", "XÁC NHẬN CỦA CƠ QUAN");
    assertThat(text).containsSubsequence(markers);
  }

  @Test
  void printsTableRowsWhenRenderingTheFixture() {
    assertThat(text)
        .contains("10/2020 – nay", "Phó Trưởng phòng")
        .contains("Hành chính học", "09/2003 – 06/2007", "Chính quy")
        .contains("Nguyễn Văn Nam", "1983")
        .contains("Hoàn thành xuất sắc nhiệm vụ");
  }

  @Test
  void marksEveryPageDiagonallyAsDraftWhenTheVersionIsUnsigned() throws IOException {
    assertDraftMarkOnEveryPage(draft);
  }

  @Test
  void carriesNoDraftMarkWhenNotDraft() throws IOException {
    byte[] clean = CvFixtures.renderer().render(CvFixtures.buiThiThuyVersion1(), false);
    assertThat(text(clean)).contains("BÙI THỊ THỦY").doesNotContain("NHÁP");
    try (PDDocument pdf = Loader.loadPDF(clean)) {
      assertThat(DiagonalText.of(pdf, 1)).isEmpty();
    }
  }

  @Test
  void embedsEveryFontAndKeepsAFormLengthWhenRenderingTheFixture() throws IOException {
    assertThat(pagesWithOnlyEmbeddedDejaVu(draft)).isBetween(3, 8);
  }

  @Test
  void givesIdenticalBytesWhenTheSameVersionIsRenderedAgain() {
    byte[] again = CvFixtures.renderer().render(CvFixtures.buiThiThuyVersion1(), true);
    assertThat(again).isEqualTo(draft);
  }

  @Test
  void givesIdenticalBytesFromOneRendererOnSeveralThreads() throws Exception {
    CvPdfRenderer renderer = CvFixtures.renderer();
    byte[] signed = renderer.render(CvFixtures.buiThiThuyVersion1(), false);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> renders = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        boolean asDraft = i % 2 == 0;
        // the 2C layout in between: other glyphs, same renderer
        renders.add(pool.submit(() -> {
          renderer.renderSo2c(CvFixtures.buiThiThuyVersion1(), true, false);
          return renderer.render(CvFixtures.buiThiThuyVersion1(), asDraft);
        }));
      }
      for (int i = 0; i < renders.size(); i++) {
        assertThat(renders.get(i).get()).as("render %d", i).isEqualTo(i % 2 == 0 ? draft : signed);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(pagesWithOnlyEmbeddedDejaVu(renderer.render(CvFixtures.buiThiThuyVersion1(), true))).isBetween(3, 8);
  }

  @Test
  void printsMarkupInUserTextLiterallyWhenTheNameContainsTags() throws IOException {
    ObjectNode data = DossierFixtures.aCivilServantDossier();
    data.put("otherNames", "<b>Thủy & \"Bé\"</b><script>x</script>");
    String printed = text(CvFixtures.renderer().render(CvFixtures.source(data), true));
    assertThat(printed).contains("Các tên gọi khác: <b>Thủy & \"Bé\"</b><script>x</script>");
  }

  @Test
  void printsAnEmptyPhotoBoxWhenTheDossierHasNoPhoto() throws IOException {
    CvSource source = CvFixtures.buiThiThuyVersion1();
    CvSource withoutPhoto = new CvSource(source.dossierId(), 1, source.data(), null, "", source.unitNames(),
        source.issuedAt());
    assertThat(text(CvFixtures.renderer().render(withoutPhoto, true))).contains("Ảnh màu (4 x 6 cm)");
  }

  @Test
  void printsAnEmptyPhotoBoxWhenThePhotoIsDamaged() throws IOException {
    CvSource source = CvFixtures.buiThiThuyVersion1();
    CvSource damaged = new CvSource(source.dossierId(), 1, source.data(), new byte[] {(byte) 0xFF, (byte) 0xD8, 1},
        "image/jpeg", source.unitNames(), source.issuedAt());
    assertThat(text(CvFixtures.renderer().render(damaged, true))).contains("Ảnh màu (4 x 6 cm)", "BÙI THỊ THỦY");
  }

  /** Every page of the PDF carries the diagonal "BẢN NHÁP" and nothing else drawn at an angle. */
  static void assertDraftMarkOnEveryPage(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        assertThat(DiagonalText.of(pdf, page)).as("page %d", page).isEqualTo(FormLayout.WATERMARK);
      }
    }
  }

  /** Asserts that every font of every page is an embedded DejaVu Serif; returns the number of pages. */
  static int pagesWithOnlyEmbeddedDejaVu(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSerif");
        }
      }
      return pdf.getNumberOfPages();
    }
  }

  /** The extracted text with every run of white space (line breaks of wrapped lines too) as one space. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** The glyphs of a page drawn at an angle (neither horizontal nor vertical), in drawing order. */
  static final class DiagonalText extends PDFTextStripper {
    private final StringBuilder glyphs = new StringBuilder();

    static String of(PDDocument pdf, int page) throws IOException {
      DiagonalText stripper = new DiagonalText();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(pdf);
      return stripper.glyphs.toString().strip();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      Matrix m = text.getTextMatrix();
      if (Math.abs(m.getShearX()) > 0.1 && Math.abs(m.getScaleX()) > 0.1) {
        glyphs.append(text.getUnicode());
      }
    }
  }
}
