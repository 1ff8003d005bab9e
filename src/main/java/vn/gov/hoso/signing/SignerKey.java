package vn.gov.hoso.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An unlocked private key of one signer with its certificate chain. Close it as soon as the signature is made: closing
 * forgets the PIN and releases the token.
 */
public interface SignerKey extends AutoCloseable {

  /** The signer's certificate followed by its issuers, as stored with the key (the root may be missing). */
  List<X509Certificate> chain();

  /**
   * The signature value over {@code dataToSign}: SHA-256 with the key's algorithm (RSA PKCS#1 v1.5 for RSA keys), as
   * a token or a remote-signing service computes it.
   */
  byte[] sign(byte[] dataToSign);

  @Override
  void close();
}
