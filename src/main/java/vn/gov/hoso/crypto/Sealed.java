package vn.gov.hoso.crypto;

import java.util.Objects;

/** An encrypted value as stored: the {@link Envelope} text and, for queries, the id of the key that sealed it. */
public record Sealed(String keyId, String envelope) {

  public Sealed {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(envelope, "envelope");
  }
}
