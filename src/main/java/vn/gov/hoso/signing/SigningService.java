package vn.gov.hoso.signing;

import com.fasterxml.jackson.databind.JsonNode;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.signing.internal.CertificateChecks;
import vn.gov.hoso.signing.internal.DssSignatures;
import vn.gov.hoso.signing.internal.DssValidation;

/**
 * Signs and validates dossier versions: PAdES-BASELINE-B inside the CV's PDF and a detached JAdES-BASELINE-B over the
 * version's {@link CanonicalJson canonical JSON}. Every signature is checked first: the certificate belongs to the
 * expected user, is valid now, may sign, and chains to a trust anchor; a refusal is a
 * {@link vn.gov.hoso.common.BusinessException} whose message explains why.
 *
 * <p>Keys on the server ({@link SignerKeys}) use {@link #signPdf} and {@link #signData}. Keys elsewhere (USB token in
 * the browser, remote signing) use the two-step flow: {@link #preparePdf} or {@link #prepareData} gives the data to
 * sign, the device returns the signature value, {@link #assemble} builds the signed document. The one-step methods are
 * the two steps with the server's key as the device. Thread-safe.
 */
public class SigningService {

  private final CertificateChecks checks;
  private final DssSignatures signatures;
  private final DssValidation validation;
  private final Clock clock;
  private final List<X509Certificate> trustAnchors;

  /** BASELINE-B signatures. */
  public SigningService(List<X509Certificate> trustAnchors, CertificateOwners owners, Clock clock) {
    this(trustAnchors, owners, clock, null);
  }

  /**
   * BASELINE-T signatures when {@code tsaUrl} (an RFC 3161 timestamp authority) is given, else BASELINE-B.
   */
  public SigningService(List<X509Certificate> trustAnchors, CertificateOwners owners, Clock clock,
      @Nullable URI tsaUrl) {
    this.checks = new CertificateChecks(trustAnchors, owners);
    this.signatures = new DssSignatures(tsaUrl == null ? null : new OnlineTSPSource(tsaUrl.toString()));
    this.validation = new DssValidation(trustAnchors, clock);
    this.clock = clock;
    this.trustAnchors = List.copyOf(trustAnchors);
  }

  /** The roots this service trusts when signing and validating (what a receiving side must trust too). */
  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /** First step of a PAdES signature of {@code pdf} by {@code username}, whose certificate chain is {@code chain}. */
  public PreparedSignature preparePdf(String username, byte[] pdf, List<X509Certificate> chain) {
    return prepare(SignatureFormat.PADES, username, pdf, chain);
  }

  /** First step of a detached JAdES signature over the canonical form of {@code data}. */
  public PreparedSignature prepareData(String username, JsonNode data, List<X509Certificate> chain) {
    return prepare(SignatureFormat.JADES_DETACHED, username, CanonicalJson.bytes(data), chain);
  }

  /**
   * Second step: the signed PDF, or the detached JAdES (compact JWS, UTF-8) for a data signature.
   *
   * @param signatureValue what the signer's device computed over {@link PreparedSignature#dataToSign()}
   */
  public byte[] assemble(PreparedSignature prepared, byte[] signatureValue) {
    return signatures.assemble(prepared, signatureValue);
  }

  /** The PDF signed with PAdES-BASELINE-B by a key held on the server. */
  public byte[] signPdf(String username, byte[] pdf, SignerKey key) {
    PreparedSignature prepared = preparePdf(username, pdf, key.chain());
    return assemble(prepared, key.sign(prepared.dataToSign()));
  }

  /** The detached JAdES-BASELINE-B over the canonical JSON of {@code data}, by a key held on the server. */
  public byte[] signData(String username, JsonNode data, SignerKey key) {
    PreparedSignature prepared = prepareData(username, data, key.chain());
    return assemble(prepared, key.sign(prepared.dataToSign()));
  }

  /** Validation of the (first) signature inside a PDF. */
  public SignatureValidation validate(byte[] pdf) {
    return validation.validatePdf(pdf);
  }

  /**
   * Validation of a detached data signature.
   *
   * @param json the signed bytes, i.e. the {@link CanonicalJson canonical JSON} of the version
   */
  public SignatureValidation validateDetached(byte[] json, byte[] signature) {
    return validation.validateDetached(json, signature);
  }

  private PreparedSignature prepare(SignatureFormat format, String username, byte[] document,
      List<X509Certificate> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a signature needs the signer's certificate");
    }
    var now = clock.instant();
    checks.check(username, chain, now);
    return signatures.prepare(format, document, chain, now);
  }
}
