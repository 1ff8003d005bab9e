package vn.gov.hoso.crypto;

/**
 * A ciphertext could not be opened: unknown key id, wrong associated data (the value was moved to another row), or
 * modified bytes. Never carries the data.
 */
public class DecryptionException extends RuntimeException {

  public DecryptionException(String message) {
    super(message);
  }

  public DecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
