package vn.gov.hoso.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.crypto.DataCipher;
import vn.gov.hoso.dossier.internal.DossierRepository;
import vn.gov.hoso.dossier.internal.DossierVersionRepository;
import vn.gov.hoso.dossier.internal.SensitiveDataRotation;
import vn.gov.hoso.organisation.OrganisationService;

/**
 * Administration of the encryption at rest of the sensitive fields (Sở Nội vụ administrator only): how the stored
 * rows are encrypted, and the re-encryption of everything to the active key after a key rotation. Not transactional:
 * the rotation commits batch by batch.
 */
@Service
public class DossierEncryption {

  private final SensitiveDataRotation rotation;
  private final DossierRepository dossiers;
  private final DossierVersionRepository versions;
  private final DataCipher cipher;
  private final OrganisationService organisation;
  private final AuditService audit;

  public DossierEncryption(SensitiveDataRotation rotation, DossierRepository dossiers,
      DossierVersionRepository versions, DataCipher cipher, OrganisationService organisation, AuditService audit) {
    this.rotation = rotation;
    this.dossiers = dossiers;
    this.versions = versions;
    this.cipher = cipher;
    this.organisation = organisation;
    this.audit = audit;
  }

  public EncryptionStatus status(String actor) {
    organisation.requireAdministrator(actor);
    return status();
  }

  /**
   * Re-encrypts every stored dossier and version not under the active key (new key after a rotation, or rows from
   * before encryption). Safe to repeat and to interrupt: each batch commits on its own.
   */
  public RotationResult rotate(String actor, String endpoint) {
    organisation.requireAdministrator(actor);
    audit.record(actor, AuditService.CRYPTO_ROTATE, null, endpoint);
    SensitiveDataRotation.Outcome outcome = rotation.rotate();
    return new RotationResult(cipher.activeKeyId(), outcome.dossiers(), outcome.versions(), outcome.skipped(),
        status().remaining());
  }

  private EncryptionStatus status() {
    return new EncryptionStatus(cipher.activeKeyId(), byKey(dossiers.countByKey()), byKey(versions.countByKey()));
  }

  private static Map<String, Long> byKey(List<Object[]> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row : rows) {
      counts.put(row[0] == null ? EncryptionStatus.PLAINTEXT : row[0].toString(), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
