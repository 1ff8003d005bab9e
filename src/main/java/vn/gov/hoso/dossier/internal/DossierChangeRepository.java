package vn.gov.hoso.dossier.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierChangeRepository extends JpaRepository<DossierChangeEntity, String> {

  List<DossierChangeEntity> findByDossierIdOrderByDeclaredAtAsc(String dossierId);
}
