package vn.gov.hoso.dossier;

import java.util.Map;

/**
 * How the stored dossiers are encrypted.
 *
 * @param activeKey the key new writes use
 * @param dossiersByKey current documents per key id ({@code plaintext}: written before encryption, not yet encrypted)
 * @param versionsByKey versions per key id, the same way
 */
public record EncryptionStatus(String activeKey, Map<String, Long> dossiersByKey, Map<String, Long> versionsByKey) {

  public static final String PLAINTEXT = "plaintext";

  public EncryptionStatus {
    dossiersByKey = Map.copyOf(dossiersByKey);
    versionsByKey = Map.copyOf(versionsByKey);
  }

  /** Rows not under the active key. */
  public long remaining() {
    return dossiersByKey.entrySet().stream().filter(e -> !e.getKey().equals(activeKey))
        .mapToLong(Map.Entry::getValue).sum()
        + versionsByKey.entrySet().stream().filter(e -> !e.getKey().equals(activeKey))
        .mapToLong(Map.Entry::getValue).sum();
  }
}
