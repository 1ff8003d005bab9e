package vn.gov.hoso.dossier.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.dossier.schema.DossierSchema;

/**
 * Renders the official CV of a dossier version as PDF/A-2b with embedded DejaVu Serif, in the layout of Thông tư
 * 06/2023/TT-BNV ({@link #render}) or, for older records, of Mẫu 2C-BNV/2008 ({@link #renderSo2c}). The output depends
 * only on the {@link CvSource} and the flags: creation date and document ID are fixed from the source, so the same
 * version always gives the same bytes (the basis a later signature covers). Thread-safe.
 */
@Component
public class CvPdfRenderer {

  static final String FONT_FAMILY = "DejaVu Serif";
  private static final String PRODUCER = "Hồ sơ CBCCVC";
  private static final String REGULAR = "DejaVuSerif.ttf";
  private static final String BOLD = "DejaVuSerif-Bold.ttf";
  private static final String ITALIC = "DejaVuSerif-Italic.ttf";

  private final DossierSchema schema;
  private final CatalogService catalogs;
  private final String css;
  private final String css2c;
  private final byte[] colorProfile;
  /** The three DejaVu Serif files, read once: each document parses and subsets them from memory. */
  private final Map<String, byte[]> fonts = new HashMap<>();

  public CvPdfRenderer(DossierSchema schema, CatalogService catalogs) {
    this.schema = schema;
    this.catalogs = catalogs;
    this.css = new String(resource("/vn/gov/hoso/dossier/pdf/cv-tt06.css"), StandardCharsets.UTF_8);
    this.css2c = css + new String(resource("/vn/gov/hoso/dossier/pdf/cv-2c.css"), StandardCharsets.UTF_8);
    this.colorProfile = resource("/color/sRGB.icc");
    for (String file : List.of(REGULAR, BOLD, ITALIC)) {
      fonts.put(file, resource("/fonts/" + file));
    }
  }

  /**
   * The CV in the TT 06/2023 layout as PDF/A-2b bytes.
   *
   * @param draft whether the version is unsigned: every page then carries a diagonal "BẢN NHÁP"
   */
  public byte[] render(CvSource source, boolean draft) {
    CvValues values = new CvValues(catalogs, source.unitNames());
    return pdf(new Tt06Layout(schema, values, source).build(css, draft), source);
  }

  /**
   * The CV in the layout of Mẫu 2C-BNV/2008 ("Sơ yếu lý lịch 2C") as PDF/A-2b bytes: same font, conformance, draft
   * mark and reproducibility as {@link #render}.
   *
   * @param draft whether every page carries a diagonal "BẢN NHÁP"
   * @param printOfSignedVersion whether the source is a digitally signed version: every page then says in its footer
   *     that this printout is not the signed document (the signed one is the TT 06/2023 PDF)
   */
  public byte[] renderSo2c(CvSource source, boolean draft, boolean printOfSignedVersion) {
    CvValues values = new CvValues(catalogs, source.unitNames());
    return pdf(new So2cLayout(schema, values, source, printOfSignedVersion).build(css2c, draft), source);
  }

  private byte[] pdf(Document html, CvSource source) {
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .withW3cDocument(html, "about:blank")
        .usePdfAConformance(PdfAConformance.PDFA_2_B)
        .useColorProfile(colorProfile)
        .withProducer(PRODUCER)
        // The document is self-contained (the photo is a data: URI): nothing may be fetched from outside.
        .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    font(builder, REGULAR, 400, FontStyle.NORMAL);
    font(builder, BOLD, 700, FontStyle.NORMAL);
    font(builder, ITALIC, 400, FontStyle.ITALIC);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFWithoutClosing();
      try (PDDocument pdf = renderer.getPdfDocument()) {
        ReproducibleMetadata.fix(pdf, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the CV of dossier " + source.dossierId(), e);
    }
  }

  private void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    byte[] bytes = fonts.get(file);
    builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, style, true);
  }

  private static byte[] resource(String path) {
    try (InputStream in = Objects.requireNonNull(CvPdfRenderer.class.getResourceAsStream(path), path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
