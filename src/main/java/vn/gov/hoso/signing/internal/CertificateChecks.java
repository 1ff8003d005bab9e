package vn.gov.hoso.signing.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.signing.CertificateOwners;

/**
 * The checks before a signature (issue 5 §5): the certificate belongs to the expected user, is valid at signing time,
 * may sign (digitalSignature or nonRepudiation key usage) and chains to a configured trust anchor. Each refusal is a
 * {@link BusinessException} whose message says why, in Vietnamese and English.
 */
public final class CertificateChecks {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
  private static final int DIGITAL_SIGNATURE = 0;
  private static final int NON_REPUDIATION = 1;

  private final Set<TrustAnchor> anchors;
  private final CertificateOwners owners;

  public CertificateChecks(List<X509Certificate> trustAnchors, CertificateOwners owners) {
    this.anchors = trustAnchors.stream().map(anchor -> new TrustAnchor(anchor, null)).collect(Collectors.toSet());
    this.owners = owners;
  }

  /**
   * @param chain the signer's certificate first, then its issuers (a trailing anchor is allowed)
   */
  public void check(String username, List<X509Certificate> chain, Instant signingTime) {
    X509Certificate signer = chain.get(0);
    String name = Certificates.subjectName(signer);
    if (!owners.belongsTo(signer, username)) {
      throw new BusinessException("signingCertificateNotOwned", ErrorKind.FORBIDDEN, name, username);
    }
    if (signingTime.isBefore(signer.getNotBefore().toInstant())) {
      throw new BusinessException("signingCertificateNotYetValid", ErrorKind.INVALID, name,
          DAY.format(signer.getNotBefore().toInstant()));
    }
    if (signingTime.isAfter(signer.getNotAfter().toInstant())) {
      throw new BusinessException("signingCertificateExpired", ErrorKind.INVALID, name,
          DAY.format(signer.getNotAfter().toInstant()));
    }
    boolean[] usage = signer.getKeyUsage();
    if (usage == null || !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
      throw new BusinessException("signingCertificateKeyUsage", ErrorKind.INVALID, name);
    }
    if (!chainsToAnAnchor(chain, signingTime)) {
      throw new BusinessException("signingCertificateUntrusted", ErrorKind.INVALID, name,
          signer.getIssuerX500Principal().getName());
    }
  }

  /** PKIX path validation (RFC 5280) by the JDK, at the signing time, without revocation (offline). */
  private boolean chainsToAnAnchor(List<X509Certificate> chain, Instant at) {
    if (anchors.isEmpty()) {
      return false;
    }
    List<X509Certificate> path = new ArrayList<>(chain);
    // the anchor itself is not part of a PKIX path
    path.removeIf(certificate -> anchors.stream().anyMatch(anchor -> anchor.getTrustedCert().equals(certificate)));
    if (path.isEmpty()) {
      return false;
    }
    try {
      CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
      return true;
    } catch (CertPathValidatorException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
