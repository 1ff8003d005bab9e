package vn.gov.hoso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.pdf.CvFixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.gov.hoso.signing.internal.Pkcs12SignerKeys;
import vn.gov.hoso.signing.internal.TestCertificateAuthority;

/**
 * Signing Bùi Thị Thủy's version 1 with keys of a test CA generated for this run: the head of her unit signs the
 * rendered CV and the version's data; DSS validates both offline against the test root.
 */
class SigningServiceTest {

  static final String HEAD = "snv.truongphong";
  static final String HEAD_NAME = "Lê Văn Hùng";
  static final String OFFICER = "snv.chuyenvien";
  static final char[] PIN = "demo-pin-1234".toCharArray();

  static final Clock CLOCK = DossierFixtures.fixedClock();
  static final Instant NOW = CLOCK.instant();

  @TempDir
  static Path keyDirectory;

  static byte[] cv;
  static SigningService service;
  static Pkcs12SignerKeys keys;
  static Pkcs12SignerKeys expiredKeys;
  static Pkcs12SignerKeys foreignKeys;
  static Pkcs12SignerKeys encipheringKeys;

  @BeforeAll
  static void issueKeysAndRenderTheCv() {
    TestCertificateAuthority ca = TestCertificateAuthority.create("Hồ sơ CBCCVC Test Root CA", NOW);
    Instant from = NOW.minus(Duration.ofDays(30));
    Instant until = NOW.plus(Duration.ofDays(365));
    ca.issuePkcs12(keyDirectory.resolve("valid"), HEAD, HEAD_NAME, PIN, from, until,
        TestCertificateAuthority.SIGNER_KEY_USAGE);
    ca.issuePkcs12(keyDirectory.resolve("valid"), OFFICER, "Trần Thị Mai", PIN, from, until,
        TestCertificateAuthority.SIGNER_KEY_USAGE);
    ca.issuePkcs12(keyDirectory.resolve("expired"), HEAD, HEAD_NAME, PIN, NOW.minus(Duration.ofDays(400)),
        NOW.minus(Duration.ofDays(1)), TestCertificateAuthority.SIGNER_KEY_USAGE);
    ca.issuePkcs12(keyDirectory.resolve("enciphering"), HEAD, HEAD_NAME, PIN, from, until,
        TestCertificateAuthority.KEY_ENCIPHERMENT_ONLY);
    TestCertificateAuthority.create("Untrusted Root CA", NOW).issuePkcs12(keyDirectory.resolve("foreign"), HEAD,
        HEAD_NAME, PIN, from, until, TestCertificateAuthority.SIGNER_KEY_USAGE);
    keys = new Pkcs12SignerKeys(keyDirectory.resolve("valid"));
    expiredKeys = new Pkcs12SignerKeys(keyDirectory.resolve("expired"));
    encipheringKeys = new Pkcs12SignerKeys(keyDirectory.resolve("enciphering"));
    foreignKeys = new Pkcs12SignerKeys(keyDirectory.resolve("foreign"));
    service = new SigningService(List.of(ca.certificate()), CertificateOwners.bySubjectUid(), CLOCK);
    cv = CvFixtures.renderer().render(CvFixtures.buiThiThuyVersion1(), false);
  }

  @Test
  void passesTotallyWhenTheHeadSignsTheRenderedCv() throws IOException {
    byte[] signed = signCv(keys);

    SignatureValidation result = service.validate(signed);

    assertThat(result.indication()).as(result.toString()).isEqualTo("TOTAL_PASSED");
    assertThat(result.isValid()).isTrue();
    assertThat(result.subIndication()).isNull();
    assertThat(result.signer()).isEqualTo(HEAD_NAME);
    assertThat(result.signingTime()).isEqualTo(NOW);
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-B");
    Path out = Path.of("target", "signing", "cv-signed.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, signed);
  }

  /** The signature is an incremental update of the PDF/A-2b CV; the archive format must survive it (veraPDF). */
  @Test
  void staysPdfA2bWhenSigned() throws Exception {
    byte[] signed = signCv(keys);

    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(signed),
        PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.isCompliant()).as(result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED).map(TestAssertion::getMessage).distinct()
          .toList().toString()).isTrue();
    }
  }

  @Test
  void failsWhenOneByteOfTheSignedPdfChanges() {
    byte[] signed = signCv(keys);
    int producer = indexOf(signed, "CBCCVC".getBytes(StandardCharsets.US_ASCII));
    signed[producer] = 'D';

    SignatureValidation result = service.validate(signed);

    assertThat(result.isValid()).isFalse();
    assertThat(result.indication()).isEqualTo("TOTAL_FAILED");
    assertThat(result.subIndication()).isEqualTo("HASH_FAILURE");
  }

  @Test
  void reportsNoSignatureWhenThePdfIsUnsigned() {
    assertThat(service.validate(cv).indication()).isEqualTo(SignatureValidation.NO_SIGNATURE);
  }

  @Test
  void passesTotallyWhenTheHeadSignsTheVersionData() {
    ObjectNode data = DossierFixtures.aCivilServantDossier();
    byte[] signature = signData(data);

    SignatureValidation result = service.validateDetached(CanonicalJson.bytes(data), signature);

    assertThat(result.indication()).as(result.toString()).isEqualTo("TOTAL_PASSED");
    assertThat(result.signer()).isEqualTo(HEAD_NAME);
    assertThat(result.signingTime()).isEqualTo(NOW);
    assertThat(result.format()).isEqualTo("JAdES-BASELINE-B");
  }

  @Test
  void failsWhenOneValueOfTheSignedDataChanges() {
    ObjectNode data = DossierFixtures.aCivilServantDossier();
    byte[] signature = signData(data);
    data.put("staffNumber", "TH-SNV-00124");

    SignatureValidation result = service.validateDetached(CanonicalJson.bytes(data), signature);

    assertThat(result.isValid()).isFalse();
    assertThat(result.indication()).isEqualTo("TOTAL_FAILED");
  }

  @Test
  void refusesInVietnameseWhenTheCertificateBelongsToAnotherUser() {
    try (SignerKey officersKey = keys.unlock(OFFICER, PIN.clone())) {
      assertThatThrownBy(() -> service.signPdf(HEAD, cv, officersKey))
          .isInstanceOfSatisfying(BusinessException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("signingCertificateNotOwned");
            assertThat(vietnamese(refusal)).isEqualTo("Chứng thư số của \"Trần Thị Mai\" không cấp cho tài khoản "
                + HEAD + ": chỉ được ký bằng chứng thư số của chính mình.");
          });
    }
  }

  @Test
  void refusesWhenTheCertificateHasExpired() {
    assertThatThrownBy(() -> signCv(expiredKeys))
        .isInstanceOfSatisfying(BusinessException.class, refusal -> {
          assertThat(refusal.code()).isEqualTo("signingCertificateExpired");
          assertThat(vietnamese(refusal)).startsWith("Chứng thư số của \"" + HEAD_NAME + "\" đã hết hiệu lực từ 15/03/2026");
        });
  }

  @Test
  void refusesWhenTheCertificateDoesNotChainToATrustAnchor() {
    assertThatThrownBy(() -> signCv(foreignKeys))
        .isInstanceOfSatisfying(BusinessException.class,
            refusal -> assertThat(refusal.code()).isEqualTo("signingCertificateUntrusted"));
  }

  @Test
  void refusesWhenTheCertificateIsNotMeantForSignatures() {
    assertThatThrownBy(() -> signCv(encipheringKeys))
        .isInstanceOfSatisfying(BusinessException.class,
            refusal -> assertThat(refusal.code()).isEqualTo("signingCertificateKeyUsage"));
  }

  @Test
  void assemblesAValidSignatureWhenAnExternalDeviceSignsTheDataToSign() {
    List<java.security.cert.X509Certificate> chain;
    try (SignerKey device = keys.unlock(HEAD, PIN.clone())) {
      chain = device.chain();
      // the server knows only the certificate chain; the "device" receives the data to sign and returns the value
      PreparedSignature prepared = service.preparePdf(HEAD, cv, chain);
      byte[] value = device.sign(prepared.dataToSign());

      byte[] signed = service.assemble(prepared, value);

      assertThat(service.validate(signed).indication()).isEqualTo("TOTAL_PASSED");
    }
  }

  @Test
  void refusesToAssembleWhenTheDeviceReturnsAValueOfAnotherKey() {
    try (SignerKey head = keys.unlock(HEAD, PIN.clone()); SignerKey officer = keys.unlock(OFFICER, PIN.clone())) {
      PreparedSignature prepared = service.prepareData(HEAD, DossierFixtures.aCivilServantDossier(), head.chain());

      assertThatThrownBy(() -> service.assemble(prepared, officer.sign(prepared.dataToSign())))
          .isInstanceOfSatisfying(BusinessException.class,
              refusal -> assertThat(refusal.code()).isEqualTo("signatureValueInvalid"));
    }
  }

  private static byte[] signCv(Pkcs12SignerKeys source) {
    try (SignerKey key = source.unlock(HEAD, PIN.clone())) {
      return service.signPdf(HEAD, cv, key);
    }
  }

  private static byte[] signData(ObjectNode data) {
    try (SignerKey key = keys.unlock(HEAD, PIN.clone())) {
      return service.signData(HEAD, data, key);
    }
  }

  private static String vietnamese(BusinessException refusal) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/messages");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    messages.setAlwaysUseMessageFormat(true);
    return messages.getMessage("error." + refusal.code() + ".detail", refusal.args().toArray(),
        Locale.forLanguageTag("vi"));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
