package vn.gov.hoso.sync;

/**
 * The national database answered, but its answer is not signed or its signature does not validate against the national
 * trust anchors ({@code hoso.sync.national-trust-anchors}): the answer is treated as no answer, nothing is stored.
 */
public class NationalAnswerUnverifiedException extends NationalRegistryUnavailableException {

  public NationalAnswerUnverifiedException(String message) {
    super(message);
  }
}
