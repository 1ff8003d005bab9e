package vn.gov.hoso.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.hoso.dossier.AttachmentView;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, String> {

  /** Metadata only: the file bytes are not read (a lazy byte[] column is loaded eagerly without bytecode tooling). */
  @Query("select new vn.gov.hoso.dossier.AttachmentView(a.id, a.dossierId, a.versionNumber, a.fieldKey,"
      + " a.documentType, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt)"
      + " from AttachmentEntity a where a.dossierId = :dossierId order by a.uploadedAt")
  List<AttachmentView> metadataOf(@Param("dossierId") String dossierId);

  /** Links the attachments uploaded since the last submission to the new version. */
  @Modifying(flushAutomatically = true)
  @Query("update AttachmentEntity a set a.versionNumber = :number"
      + " where a.dossierId = :dossierId and a.versionNumber is null")
  int linkUnversioned(@Param("dossierId") String dossierId, @Param("number") int number);

  Optional<AttachmentEntity> findByIdAndDossierId(String id, String dossierId);
}
