package vn.gov.hoso.signing;

import java.security.cert.X509Certificate;
import vn.gov.hoso.signing.internal.Certificates;

/**
 * Tells whether a certificate belongs to a user of the application (the user ↔ certificate mapping checked before
 * every signature).
 */
@FunctionalInterface
public interface CertificateOwners {

  boolean belongsTo(X509Certificate certificate, String username);

  /**
   * The certificate's subject carries the username in its UID attribute (0.9.2342.19200300.100.1.1), as the test CA
   * issues them. Certificates of Vietnamese public CAs put the CCCD or tax number there ("CCCD:038185011234"); for
   * them a mapping through the organisation module's user records replaces this one.
   */
  static CertificateOwners bySubjectUid() {
    return (certificate, username) -> Certificates.subjectUid(certificate).map(username::equals).orElse(false);
  }
}
