package vn.gov.hoso.crypto;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hoso.crypto}.
 *
 * @param keys key id → the 32 key bytes in base64 (environment {@code HOSO_CRYPTO_KEYS_<ID>}); ids are lowercase
 *     letters, digits and hyphens, at most 32 characters. Keep every key that still encrypts some row.
 * @param activeKey the id of the key that encrypts new writes ({@code HOSO_CRYPTO_ACTIVE_KEY}); required when
 *     {@code keys} is not empty
 * @param keyFile where the zero-setup default keeps a key generated at first start (never in {@code prod}); blank =
 *     none. Its keys are read in addition to {@code keys}.
 * @param rotationBatchSize rows re-encrypted per transaction by the rotation
 */
@ConfigurationProperties(prefix = "hoso.crypto")
public record CryptoProperties(
    @Nullable Map<String, String> keys, @Nullable String activeKey, @Nullable String keyFile, int rotationBatchSize) {

  public static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public CryptoProperties {
    keys = keys == null ? Map.of() : Map.copyOf(keys);
    activeKey = activeKey == null || activeKey.isBlank() ? null : activeKey.trim();
    keyFile = keyFile == null || keyFile.isBlank() ? null : keyFile.trim();
    rotationBatchSize = rotationBatchSize <= 0 ? 100 : rotationBatchSize;
    for (String id : keys.keySet()) {
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("hoso.crypto.keys: key id '" + id + "' is not [a-z0-9-], 1-32 characters");
      }
    }
    if (!keys.isEmpty() && activeKey == null) {
      throw new IllegalArgumentException("hoso.crypto.active-key (HOSO_CRYPTO_ACTIVE_KEY) must name one of the keys");
    }
  }

  /** Whether keys are configured explicitly (as {@code prod} requires). */
  public boolean hasConfiguredKeys() {
    return !keys().isEmpty();
  }
}
