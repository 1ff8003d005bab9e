package vn.gov.hoso.dossier.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dossier document as stored: the JSON without the sensitive fields, and the sensitive fields as an encrypted
 * envelope with the id of its key. {@code sensitive} and {@code keyId} are null only on legacy rows written before
 * encryption (their {@code plain} still holds everything).
 */
public record StoredContent(String plain, @Nullable String sensitive, @Nullable String keyId) {

  public StoredContent {
    Objects.requireNonNull(plain, "plain");
    if ((sensitive == null) != (keyId == null)) {
      throw new IllegalArgumentException("an encrypted part needs its key id and vice versa");
    }
  }

  public boolean isLegacy() {
    return sensitive == null;
  }
}
