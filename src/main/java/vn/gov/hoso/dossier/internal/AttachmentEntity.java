package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.dossier.AttachmentView;

/** Row of {@code dossier_attachment}. The version number is set when the next submission is made. */
@Entity
@Table(name = "dossier_attachment")
public class AttachmentEntity {

  @Id private String id;

  @Column(name = "dossier_id")
  private String dossierId;

  @Column(name = "version_number")
  private @Nullable Integer versionNumber;

  @Column(name = "field_key")
  private @Nullable String fieldKey;

  @Column(name = "document_type")
  private String documentType;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  private byte[] data;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected AttachmentEntity() {
    this("", "", null, "", "", "", new byte[0], "", "", Instant.EPOCH);
  }

  public AttachmentEntity(String id, String dossierId, @Nullable String fieldKey, String documentType, String fileName,
      String contentType, byte[] data, String sha256, String uploadedBy, Instant uploadedAt) {
    this.id = id;
    this.dossierId = dossierId;
    this.fieldKey = fieldKey;
    this.documentType = documentType;
    this.fileName = fileName;
    this.contentType = contentType;
    this.data = data;
    this.sizeBytes = data.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public byte[] getData() {
    return data;
  }

  public AttachmentView toView() {
    return new AttachmentView(id, dossierId, versionNumber, fieldKey, documentType, fileName, contentType, sizeBytes,
        sha256, uploadedBy, uploadedAt);
  }
}
