package vn.gov.hoso.signing.internal;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import vn.gov.hoso.signing.SignatureValidation;

/**
 * Offline validation with DSS's default validation policy: the only trusted certificates are the configured anchors;
 * no certificate is fetched (AIA), no OCSP or CRL is asked. Validation time is the injected clock's now.
 */
public final class DssValidation {

  private final List<X509Certificate> trustAnchors;
  private final Clock clock;

  public DssValidation(List<X509Certificate> trustAnchors, Clock clock) {
    this.trustAnchors = List.copyOf(trustAnchors);
    this.clock = clock;
  }

  public SignatureValidation validatePdf(byte[] pdf) {
    return validate(DssSignatures.pdf(pdf), List.of());
  }

  public SignatureValidation validateDetached(byte[] json, byte[] signature) {
    return JsonSchemaGuard.call(() -> validate(new eu.europa.esig.dss.model.InMemoryDocument(signature,
        "signature.json"), List.of(DssSignatures.json(json))));
  }

  private SignatureValidation validate(DSSDocument document, List<DSSDocument> detached) {
    SignedDocumentValidator validator;
    try {
      validator = SignedDocumentValidator.fromDocument(document);
    } catch (RuntimeException e) {
      // not a document DSS recognises as signed (e.g. garbage instead of a JWS)
      return new SignatureValidation(Indication.TOTAL_FAILED.name(), SubIndication.FORMAT_FAILURE.name(), null, null,
          null);
    }
    validator.setCertificateVerifier(verifier());
    validator.setValidationTime(Date.from(clock.instant()));
    if (!detached.isEmpty()) {
      validator.setDetachedContents(detached);
    }
    SimpleReport report;
    try {
      report = validator.validateDocument().getSimpleReport();
    } catch (DSSException e) {
      return new SignatureValidation(Indication.TOTAL_FAILED.name(), SubIndication.FORMAT_FAILURE.name(), null, null,
          null);
    }
    String id = report.getFirstSignatureId();
    if (id == null) {
      return SignatureValidation.noSignature();
    }
    SubIndication sub = report.getSubIndication(id);
    Date signingTime = report.getSigningTime(id);
    SignatureLevel level = report.getSignatureFormat(id);
    return new SignatureValidation(report.getIndication(id).name(), sub == null ? null : sub.name(),
        report.getSignedBy(id), signingTime == null ? null : signingTime.toInstant(),
        level == null ? null : level.toString());
  }

  private CommonCertificateVerifier verifier() {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setAIASource(null);
    verifier.setOcspSource(null);
    verifier.setCrlSource(null);
    return verifier;
  }
}
