package vn.gov.hoso.sync;

/**
 * No answer from the national database (5xx, timeout, connection refused). A technical failure: the engine retries
 * the sending job with the model's retry cycle and raises an incident after the last retry.
 */
public class NationalRegistryUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NationalRegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public NationalRegistryUnavailableException(String message) {
    super(message);
  }
}
