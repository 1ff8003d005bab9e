package vn.gov.hoso.signing.internal;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reading names out of certificates (BouncyCastle decodes UTF8String, PrintableString and BMPString alike). */
public final class Certificates {

  private Certificates() {}

  /** The subject's common name, or the whole subject when it has none. */
  public static String subjectName(X509Certificate certificate) {
    return attribute(certificate, BCStyle.CN).orElse(certificate.getSubjectX500Principal().getName());
  }

  /** The subject's UID attribute (0.9.2342.19200300.100.1.1). */
  public static Optional<String> subjectUid(X509Certificate certificate) {
    return attribute(certificate, BCStyle.UID);
  }

  private static Optional<String> attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    for (RDN rdn : subject.getRDNs(type)) {
      return Optional.of(IETFUtils.valueToString(rdn.getFirst().getValue()));
    }
    return Optional.empty();
  }
}
