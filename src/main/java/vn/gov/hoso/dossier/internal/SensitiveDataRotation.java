package vn.gov.hoso.dossier.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.crypto.CryptoProperties;
import vn.gov.hoso.crypto.DataCipher;
import vn.gov.hoso.crypto.DecryptionException;

/**
 * Re-encrypts the stored dossiers and versions to the active key, in batches of {@code hoso.crypto.rotation-batch-size}
 * rows, each batch in its own transaction, in the order of the row ids. Rows written before encryption are split and
 * encrypted on the way. Resumable: a new run picks up exactly the rows not yet under the active key. A row whose key
 * is not configured any more (or whose envelope fails) is left as it is and counted; a batch that meets a concurrent
 * change is rolled back and left for the next run.
 */
@Component
public class SensitiveDataRotation {

  private static final Logger LOG = LoggerFactory.getLogger(SensitiveDataRotation.class);

  private final DossierRepository dossiers;
  private final DossierVersionRepository versions;
  private final SensitiveContent sensitive;
  private final DataCipher cipher;
  private final TransactionTemplate transaction;
  private final int batchSize;

  public SensitiveDataRotation(DossierRepository dossiers, DossierVersionRepository versions,
      SensitiveContent sensitive, DataCipher cipher, TransactionTemplate transaction, CryptoProperties properties) {
    this.dossiers = dossiers;
    this.versions = versions;
    this.sensitive = sensitive;
    this.cipher = cipher;
    this.transaction = transaction;
    this.batchSize = properties.rotationBatchSize();
  }

  /**
   * What one run did.
   *
   * @param skipped rows left as they were: unknown key or failing envelope, or a batch rolled back
   */
  public record Outcome(int dossiers, int versions, int skipped) {}

  /** Re-encrypts every row not under the active key. */
  public Outcome rotate() {
    return run(false);
  }

  /** Encrypts the rows written before encryption existed (at startup). */
  public Outcome encryptLegacy() {
    return run(true);
  }

  private Outcome run(boolean legacyOnly) {
    String active = cipher.activeKeyId();
    int[] counts = new int[3];
    String afterDossier = "";
    while (true) {
      String after = afterDossier;
      List<DossierEntity> batch = legacyOnly ? dossiers.legacy(after, PageRequest.ofSize(batchSize))
          : dossiers.notUnderKey(after, active, PageRequest.ofSize(batchSize));
      if (batch.isEmpty()) {
        break;
      }
      afterDossier = batch.get(batch.size() - 1).getId();
      List<String> ids = batch.stream().map(DossierEntity::getId).toList();
      try {
        int[] done = transaction.execute(status -> reencryptDossiers(ids, active));
        counts[0] += done[0];
        counts[2] += done[1];
      } catch (RuntimeException e) {
        LOG.warn("Re-encryption of {} dossiers after {} rolled back ({}); run the rotation again", ids.size(), after,
            e.getClass().getSimpleName());
        counts[2] += ids.size();
      }
    }
    long afterVersion = 0;
    while (true) {
      long after = afterVersion;
      List<DossierVersionEntity> batch = legacyOnly ? versions.legacy(after, PageRequest.ofSize(batchSize))
          : versions.notUnderKey(after, active, PageRequest.ofSize(batchSize));
      if (batch.isEmpty()) {
        break;
      }
      afterVersion = batch.get(batch.size() - 1).getId();
      try {
        int[] done = transaction.execute(status -> reencryptVersions(batch));
        counts[1] += done[0];
        counts[2] += done[1];
      } catch (RuntimeException e) {
        LOG.warn("Re-encryption of {} versions after id {} rolled back ({}); run the rotation again", batch.size(),
            after, e.getClass().getSimpleName());
        counts[2] += batch.size();
      }
    }
    return new Outcome(counts[0], counts[1], counts[2]);
  }

  private int[] reencryptDossiers(List<String> ids, String active) {
    int done = 0;
    int skipped = 0;
    for (DossierEntity dossier : dossiers.findAllById(ids)) {
      if (active.equals(dossier.getSensitiveKeyId())) {
        continue; // changed by a user since the batch was read: already under the active key
      }
      String row = SensitiveContent.draftOf(dossier.getId());
      StoredContent stored =
          new StoredContent(dossier.getContent(), dossier.getSensitiveContent(), dossier.getSensitiveKeyId());
      try {
        dossier.setContent(sensitive.seal(sensitive.open(stored, row), row));
        done++;
      } catch (DecryptionException e) {
        LOG.warn("Dossier {}: sensitive data not re-encrypted: {}", dossier.getId(), e.getMessage());
        skipped++;
      }
    }
    return new int[] {done, skipped};
  }

  private int[] reencryptVersions(List<DossierVersionEntity> batch) {
    int done = 0;
    int skipped = 0;
    for (DossierVersionEntity version : batch) {
      String row = SensitiveContent.versionOf(version.getDossierId(), version.getNumber());
      try {
        StoredContent sealed = sensitive.seal(sensitive.open(version.getContent(), row), row);
        done += versions.reencrypt(version.getId(), sealed.plain(), sealed.sensitive(), sealed.keyId());
      } catch (DecryptionException e) {
        LOG.warn("Version {} of dossier {}: sensitive data not re-encrypted: {}", version.getNumber(),
            version.getDossierId(), e.getMessage());
        skipped++;
      }
    }
    return new int[] {done, skipped};
  }
}
