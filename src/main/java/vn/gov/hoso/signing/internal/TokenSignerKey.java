package vn.gov.hoso.signing.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.DestroyFailedException;
import vn.gov.hoso.signing.SignerKey;

/**
 * A key in a DSS token (PKCS#12 file or PKCS#11 device): both behave the same once opened, so a PKCS#11 key source
 * only differs in how the token is constructed.
 */
final class TokenSignerKey implements SignerKey {

  private final SignatureTokenConnection token;
  private final DSSPrivateKeyEntry entry;
  private final PasswordProtection pin;

  TokenSignerKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry, PasswordProtection pin) {
    this.token = token;
    this.entry = entry;
    this.pin = pin;
  }

  @Override
  public List<X509Certificate> chain() {
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(entry.getCertificate().getCertificate());
    for (CertificateToken issuer : entry.getCertificateChain()) {
      if (!issuer.equals(entry.getCertificate())) {
        chain.add(issuer.getCertificate());
      }
    }
    return chain;
  }

  @Override
  public byte[] sign(byte[] dataToSign) {
    return token.sign(new ToBeSigned(dataToSign), DigestAlgorithm.SHA256, entry).getValue();
  }

  @Override
  public void close() {
    token.close();
    try {
      pin.destroy();
    } catch (DestroyFailedException e) {
      // PasswordProtection.destroy wipes its own copy and does not fail; nothing else to release
    }
  }
}
