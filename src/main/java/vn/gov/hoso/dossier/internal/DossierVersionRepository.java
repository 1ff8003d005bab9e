package vn.gov.hoso.dossier.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierVersionRepository extends JpaRepository<DossierVersionEntity, Long> {

  Optional<DossierVersionEntity> findByDossierIdAndNumber(String dossierId, int number);
}
