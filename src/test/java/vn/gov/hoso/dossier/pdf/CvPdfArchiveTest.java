package vn.gov.hoso.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The CV is meant for the permanent archive: veraPDF, the reference validator, must find it PDF/A-2b compliant. */
class CvPdfArchiveTest {

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void compliesWithPdfA2bWhenDraft() throws Exception {
    ValidationResult result = validate(CvFixtures.renderer().render(CvFixtures.buiThiThuyVersion1(), true));
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void compliesWithPdfA2bWhenNotDraftAndWithoutPhoto() throws Exception {
    CvSource source = CvFixtures.buiThiThuyVersion1();
    CvSource withoutPhoto = new CvSource(source.dossierId(), 1, source.data(), null, "", source.unitNames(),
        source.issuedAt());
    ValidationResult result = validate(CvFixtures.renderer().render(withoutPhoto, false));
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void compliesWithPdfA2bWhenDraftInThe2cLayout() throws Exception {
    ValidationResult result = validate(CvFixtures.renderer().renderSo2c(So2cPdfRendererTest.anOlderRecord(), true,
        false));
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void compliesWithPdfA2bWhenPrintedInThe2cLayoutFromASignedVersion() throws Exception {
    ValidationResult result = validate(CvFixtures.renderer().renderSo2c(So2cPdfRendererTest.anOlderRecord(), false,
        true));
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  /** The check itself can fail: the same document without its output intent is not PDF/A. */
  @Test
  void reportsViolationWhenTheOutputIntentIsRemoved() throws Exception {
    byte[] pdf = CvFixtures.renderer().render(CvFixtures.buiThiThuyVersion1(), true);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getDocumentCatalog().getCOSObject().setItem(COSName.OUTPUT_INTENTS, new COSArray());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      assertThat(validate(out.toByteArray()).isCompliant()).isFalse();
    }
  }

  private static ValidationResult validate(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
        PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      return validator.validate(parser);
    }
  }

  private static String failures(ValidationResult result) {
    return result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
        .distinct()
        .collect(Collectors.joining("\n"));
  }

}
