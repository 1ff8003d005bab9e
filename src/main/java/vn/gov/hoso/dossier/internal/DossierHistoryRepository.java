package vn.gov.hoso.dossier.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierHistoryRepository extends JpaRepository<DossierHistoryEntity, Long> {

  List<DossierHistoryEntity> findByDossierIdOrderByIdAsc(String dossierId);
}
