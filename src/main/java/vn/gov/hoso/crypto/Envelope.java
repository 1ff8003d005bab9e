package vn.gov.hoso.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The stored form of one encrypted value: {@code v1.<keyId>.<base64url(iv ‖ ciphertext ‖ tag)>}, AES-256-GCM with a
 * random 96-bit IV and a 128-bit tag (JDK provider). The authenticated data is {@code v1.<keyId>.} followed by the
 * caller's associated data, so neither the key id nor the row the value belongs to can be changed unnoticed.
 */
public final class Envelope {

  public static final String VERSION = "v1";
  static final String ALGORITHM = "AES/GCM/NoPadding";
  static final int IV_BYTES = 12;
  static final int TAG_BITS = 128;
  public static final int KEY_BYTES = 32;

  private Envelope() {}

  public static String seal(String keyId, SecretKey key, byte[] plaintext, byte[] associatedData,
      SecureRandom random) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(ALGORITHM);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(header(keyId, associatedData));
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return VERSION + "." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The key id an envelope was sealed with. */
  public static String keyIdOf(String envelope) {
    String[] parts = parts(envelope);
    return parts[1];
  }

  public static byte[] open(String envelope, SecretKey key, byte[] associatedData) {
    String[] parts = parts(envelope);
    byte[] in;
    try {
      in = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new DecryptionException("envelope is not base64url", e);
    }
    if (in.length < IV_BYTES + TAG_BITS / 8) {
      throw new DecryptionException("envelope too short");
    }
    try {
      Cipher cipher = Cipher.getInstance(ALGORITHM);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(header(parts[1], associatedData));
      return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new DecryptionException("envelope under key " + parts[1] + " fails authentication", e);
    } catch (GeneralSecurityException e) {
      throw new DecryptionException("envelope under key " + parts[1] + " cannot be opened", e);
    }
  }

  private static String[] parts(String envelope) {
    String[] parts = envelope.split("\\.", 3);
    if (parts.length != 3 || !VERSION.equals(parts[0]) || !CryptoProperties.KEY_ID.matcher(parts[1]).matches()) {
      throw new DecryptionException("not a " + VERSION + " envelope");
    }
    return parts;
  }

  private static byte[] header(String keyId, byte[] associatedData) {
    byte[] prefix = (VERSION + "." + keyId + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(prefix, prefix.length + associatedData.length);
    System.arraycopy(associatedData, 0, all, prefix.length, associatedData.length);
    return all;
  }
}
