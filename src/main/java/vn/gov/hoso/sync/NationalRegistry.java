package vn.gov.hoso.sync;

/**
 * Port to the national database of cadres, civil servants and public employees (CSDLQG CBCCVC). There is no public
 * specification of the national interface: this port and its payload ({@code docs/national-sync.md}) are ours; the
 * one implementation speaks HTTP/JSON with mutual TLS. A delivery is idempotent by {@link
 * NationalSubmission#idempotencyKey()}: the same key delivered again is answered with the first acceptance.
 */
public interface NationalRegistry {

  /**
   * Delivers one signed record.
   *
   * @return the national answer: accepted (possibly as a recognised duplicate) or rejected with the national error
   * @throws NationalRegistryUnavailableException when no answer came (5xx, timeout, connection refused): the
   *     delivery must be repeated with the same key
   */
  NationalAnswer deliver(NationalSubmission submission);
}
