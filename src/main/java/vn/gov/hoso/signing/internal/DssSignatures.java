package vn.gov.hoso.signing.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.JWSSerializationType;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SigDMechanism;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.jades.JAdESSignatureParameters;
import eu.europa.esig.dss.jades.signature.JAdESService;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.utils.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.signing.PreparedSignature;
import vn.gov.hoso.signing.SignatureFormat;

/**
 * Both halves of a signature with DSS: {@code getDataToSign} computes what the key must sign, {@code signDocument}
 * assembles the signature from the value. The parameters of both halves are rebuilt from the same
 * {@link PreparedSignature}, so the halves may run in different requests. Levels: PAdES-BASELINE-B and
 * JAdES-BASELINE-B, or BASELINE-T with a timestamp source (see {@code docs/signing.md}).
 */
public final class DssSignatures {

  /** Name of the detached document inside a JAdES signature's validation. */
  public static final String DATA_DOCUMENT_NAME = "dossier-version.json";

  private final PAdESService pades;
  private final JAdESService jades;
  private final boolean timestamped;

  /** BASELINE-B: no timestamp. */
  public DssSignatures() {
    this(null);
  }

  /**
   * BASELINE-T when {@code timestamps} is given (the signature timestamp is requested in {@link #assemble}), else
   * BASELINE-B.
   */
  public DssSignatures(@Nullable TSPSource timestamps) {
    CommonCertificateVerifier offline = new CommonCertificateVerifier();
    this.pades = new PAdESService(offline);
    this.jades = new JAdESService(offline);
    this.timestamped = timestamps != null;
    if (timestamps != null) {
      pades.setTspSource(timestamps);
      jades.setTspSource(timestamps);
    }
  }

  public PreparedSignature prepare(SignatureFormat format, byte[] document, List<X509Certificate> chain,
      Instant signingTime) {
    ToBeSigned toBeSigned = switch (format) {
      case PADES -> pades.getDataToSign(pdf(document), padesParameters(chain, signingTime, timestamped));
      case JADES_DETACHED -> JsonSchemaGuard.call(
          () -> jades.getDataToSign(json(document), jadesParameters(chain, signingTime, timestamped)));
    };
    return new PreparedSignature(format, document, chain, signingTime, toBeSigned.getBytes());
  }

  /**
   * @throws BusinessException {@code signatureValueInvalid} when the value does not verify with the signer's public
   *     key over the prepared data (wrong key, wrong data, or a broken device)
   */
  public byte[] assemble(PreparedSignature prepared, byte[] signatureValue) {
    X509Certificate signer = prepared.signingCertificate();
    SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
        EncryptionAlgorithm.forKey(signer.getPublicKey()), DigestAlgorithm.SHA256);
    if (!verifies(algorithm, signer, prepared.dataToSign(), signatureValue)) {
      throw new BusinessException("signatureValueInvalid", ErrorKind.INVALID, Certificates.subjectName(signer));
    }
    SignatureValue value = new SignatureValue(algorithm, signatureValue);
    DSSDocument signed = switch (prepared.format()) {
      case PADES -> pades.signDocument(pdf(prepared.document()),
          padesParameters(prepared.chain(), prepared.signingTime(), timestamped), value);
      case JADES_DETACHED -> JsonSchemaGuard.call(() -> jades.signDocument(json(prepared.document()),
          jadesParameters(prepared.chain(), prepared.signingTime(), timestamped), value));
    };
    try (InputStream in = signed.openStream()) {
      return Utils.toByteArray(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean verifies(SignatureAlgorithm algorithm, X509Certificate signer, byte[] data, byte[] value) {
    try {
      Signature verifier = Signature.getInstance(algorithm.getJCEId());
      verifier.initVerify(signer.getPublicKey());
      verifier.update(data);
      return verifier.verify(value);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static DSSDocument pdf(byte[] bytes) {
    return new InMemoryDocument(bytes, "cv.pdf", MimeTypeEnum.PDF);
  }

  static DSSDocument json(byte[] bytes) {
    return new InMemoryDocument(bytes, DATA_DOCUMENT_NAME, MimeTypeEnum.JSON);
  }

  private static PAdESSignatureParameters padesParameters(List<X509Certificate> chain, Instant signingTime,
      boolean timestamped) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(timestamped ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    certificates(parameters, chain);
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    return parameters;
  }

  private static JAdESSignatureParameters jadesParameters(List<X509Certificate> chain, Instant signingTime,
      boolean timestamped) {
    JAdESSignatureParameters parameters = new JAdESSignatureParameters();
    parameters.setSignatureLevel(timestamped ? SignatureLevel.JAdES_BASELINE_T : SignatureLevel.JAdES_BASELINE_B);
    parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
    // RFC 7515 appendix F: one detached payload, no sigD header
    parameters.setSigDMechanism(SigDMechanism.NO_SIG_D);
    parameters.setJwsSerializationType(JWSSerializationType.COMPACT_SERIALIZATION);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    certificates(parameters, chain);
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    return parameters;
  }

  private static void certificates(eu.europa.esig.dss.signature.AbstractSignatureParameters<?> parameters,
      List<X509Certificate> chain) {
    parameters.setSigningCertificate(new CertificateToken(chain.get(0)));
    parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
  }
}
