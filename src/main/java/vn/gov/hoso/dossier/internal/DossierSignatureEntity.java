package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** Row of {@code dossier_signature}: the signatures of one version, never updated once written. */
@Entity
@Immutable
@Table(name = "dossier_signature")
public class DossierSignatureEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "dossier_id")
  private String dossierId;

  @Column(name = "version_number")
  private int versionNumber;

  @Column(name = "signed_pdf")
  private byte[] signedPdf;

  @Column(name = "data_signature")
  private byte[] dataSignature;

  private String signer;

  @Column(name = "signer_name")
  private String signerName;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected DossierSignatureEntity() {
    this("", 0, new byte[0], new byte[0], "", "", Instant.EPOCH);
  }

  public DossierSignatureEntity(String dossierId, int versionNumber, byte[] signedPdf, byte[] dataSignature,
      String signer, String signerName, Instant signedAt) {
    this.dossierId = dossierId;
    this.versionNumber = versionNumber;
    this.signedPdf = signedPdf;
    this.dataSignature = dataSignature;
    this.signer = signer;
    this.signerName = signerName;
    this.signedAt = signedAt;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public byte[] getSignedPdf() {
    return signedPdf;
  }

  public byte[] getDataSignature() {
    return dataSignature;
  }

  public String getSigner() {
    return signer;
  }

  public String getSignerName() {
    return signerName;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
