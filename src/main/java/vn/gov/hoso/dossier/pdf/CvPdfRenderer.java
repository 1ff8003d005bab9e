package vn.gov.hoso.dossier.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.dossier.schema.DossierSchema;

/**
 * Renders the official CV (TT 06/2023 layout) of a dossier version as PDF/A-2b with embedded DejaVu Serif. The output
 * depends only on the {@link CvSource} and the draft flag: creation date and document ID are fixed from the source,
 * so the same version always gives the same bytes (the basis a later signature covers). Thread-safe.
 */
@Component
public class CvPdfRenderer {

  static final String FONT_FAMILY = "DejaVu Serif";
  private static final String PRODUCER = "Hồ sơ CBCCVC";

  private final DossierSchema schema;
  private final CatalogService catalogs;
  private final String css;
  private final byte[] colorProfile;

  public CvPdfRenderer(DossierSchema schema, CatalogService catalogs) {
    this.schema = schema;
    this.catalogs = catalogs;
    this.css = new String(resource("/vn/gov/hoso/dossier/pdf/cv-tt06.css"), StandardCharsets.UTF_8);
    this.colorProfile = resource("/color/sRGB.icc");
  }

  /**
   * The CV as PDF/A-2b bytes.
   *
   * @param draft whether the version is unsigned: every page then carries a diagonal "BẢN NHÁP"
   */
  public byte[] render(CvSource source, boolean draft) {
    CvValues values = new CvValues(catalogs, source.unitNames());
    Document html = new Tt06Layout(schema, values, source).build(css, draft);
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
    font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
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

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(() -> CvPdfRenderer.class.getResourceAsStream("/fonts/" + file), FONT_FAMILY, weight, style,
        true);
  }

  private static byte[] resource(String path) {
    try (InputStream in = Objects.requireNonNull(CvPdfRenderer.class.getResourceAsStream(path), path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
