package vn.gov.hoso.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long> {

  List<AuditEventEntity> findByDossierIdOrderByIdAsc(String dossierId);
}
