package vn.gov.hoso.dossier.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DossierRepository extends JpaRepository<DossierEntity, String>,
    JpaSpecificationExecutor<DossierEntity> {}
