package vn.gov.hoso.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * First half of a two-step signature: what the signer's device must sign ({@link #dataToSign()}, with SHA-256 and the
 * key's algorithm) and everything the server needs to assemble the signature from the value it gets back. Keep it
 * (e.g. in the task's session) until the value arrives; it holds no secret.
 *
 * @param document the PDF, or the canonical JSON for a detached data signature
 * @param chain the signer's certificate first, as checked
 * @param signingTime the claimed signing time, fixed at preparation
 */
public record PreparedSignature(SignatureFormat format, byte[] document, List<X509Certificate> chain,
    Instant signingTime, byte[] dataToSign) {

  public PreparedSignature {
    Objects.requireNonNull(format);
    document = document.clone();
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a signature needs the signer's certificate");
    }
    Objects.requireNonNull(signingTime);
    dataToSign = dataToSign.clone();
  }

  @Override
  public byte[] document() {
    return document.clone();
  }

  @Override
  public byte[] dataToSign() {
    return dataToSign.clone();
  }

  public X509Certificate signingCertificate() {
    return chain.get(0);
  }
}
