package vn.gov.hoso.crypto;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import vn.gov.hoso.crypto.internal.KeyRing;

/**
 * Encrypts values for storage under the active key and decrypts them under whichever configured key sealed them.
 * The associated data names the row a value belongs to (e.g. dossier id and version), so a ciphertext copied into
 * another row does not open.
 */
@Component
public class DataCipher {

  private final KeyRing keys;
  private final SecureRandom random;

  public DataCipher(CryptoProperties properties) {
    this.random = new SecureRandom();
    this.keys = new KeyRing(properties, random);
  }

  /** The id of the key new values are sealed with. */
  public String activeKeyId() {
    return keys.activeKeyId();
  }

  public boolean knowsKey(String keyId) {
    return keys.key(keyId).isPresent();
  }

  public Sealed seal(byte[] plaintext, byte[] associatedData) {
    String envelope = Envelope.seal(keys.activeKeyId(), keys.active(), plaintext, associatedData, random);
    return new Sealed(keys.activeKeyId(), envelope);
  }

  /**
   * @throws DecryptionException when the key is not configured, the associated data differ, or the bytes were changed
   */
  public byte[] open(String envelope, byte[] associatedData) {
    String keyId = Envelope.keyIdOf(envelope);
    return Envelope.open(envelope, keys.key(keyId)
        .orElseThrow(() -> new DecryptionException("key " + keyId + " is not configured (hoso.crypto.keys)")),
        associatedData);
  }
}
