package vn.gov.hoso.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, String> {

  List<AttachmentEntity> findByDossierIdOrderByUploadedAtAsc(String dossierId);

  List<AttachmentEntity> findByDossierIdAndVersionNumberIsNull(String dossierId);

  Optional<AttachmentEntity> findByIdAndDossierId(String id, String dossierId);
}
