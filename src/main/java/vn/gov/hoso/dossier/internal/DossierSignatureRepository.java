package vn.gov.hoso.dossier.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DossierSignatureRepository extends JpaRepository<DossierSignatureEntity, Long> {

  Optional<DossierSignatureEntity> findByDossierIdAndVersionNumber(String dossierId, int versionNumber);

  boolean existsByDossierIdAndVersionNumber(String dossierId, int versionNumber);

  /** Number of the latest signed version below {@code before}, if any. */
  @Query("select max(s.versionNumber) from DossierSignatureEntity s where s.dossierId = ?1 and s.versionNumber < ?2")
  Optional<Integer> lastSignedBefore(String dossierId, int before);
}
