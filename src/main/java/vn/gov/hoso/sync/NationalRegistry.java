package vn.gov.hoso.sync;

import java.util.Optional;

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

  /**
   * Reads the latest accepted record of a person (a person arriving from another province).
   *
   * @return the record, or empty when the national database holds none for this CCCD
   * @throws NationalRegistryUnavailableException when no answer came (5xx, timeout, connection refused)
   */
  Optional<NationalRecord> pull(String citizenId);
}
