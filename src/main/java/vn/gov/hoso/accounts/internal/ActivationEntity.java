package vn.gov.hoso.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An activation link: only the SHA-256 of its token is stored; single use, with an expiry. */
@Entity
@Table(name = "acc_activation")
public class ActivationEntity {

  @Id
  @Column(name = "token_sha256")
  private String tokenSha256;

  private String username;
  @Column(name = "issued_by") private String issuedBy;
  @Column(name = "issued_at") private Instant issuedAt;
  @Column(name = "expires_at") private Instant expiresAt;
  @Column(name = "used_at") private @Nullable Instant usedAt;

  protected ActivationEntity() {
    // JPA
    this("", "", "", Instant.EPOCH, Instant.EPOCH);
  }

  public ActivationEntity(String tokenSha256, String username, String issuedBy, Instant issuedAt, Instant expiresAt) {
    this.tokenSha256 = tokenSha256;
    this.username = username;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public String getUsername() {
    return username;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /** Whether the link can still be used at that instant. */
  public boolean isUsableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant at) {
    this.usedAt = at;
  }
}
