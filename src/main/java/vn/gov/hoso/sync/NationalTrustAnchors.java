package vn.gov.hoso.sync;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The roots the national database's signed answers must chain to, when {@code hoso.sync.national-trust-anchors} names
 * no PEM files: in the demo the simulator provides its own certificate as a bean of this type.
 */
public record NationalTrustAnchors(List<X509Certificate> certificates) {

  public NationalTrustAnchors {
    certificates = List.copyOf(certificates);
  }
}
