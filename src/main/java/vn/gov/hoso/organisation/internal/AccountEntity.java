package vn.gov.hoso.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "org_account")
public class AccountEntity {

  @Id private String username;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "unit_id")
  private String unitId;

  private String roles;

  @Column(name = "disabled_at")
  private @Nullable Instant disabledAt;

  @Column(name = "disabled_reason")
  private @Nullable String disabledReason;

  protected AccountEntity() {
    // JPA
    this("", "", "", "");
  }

  public AccountEntity(String username, String displayName, String unitId, String roles) {
    this.username = username;
    this.displayName = displayName;
    this.unitId = unitId;
    this.roles = roles;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getUnitId() {
    return unitId;
  }

  public void moveTo(String newUnitId) {
    this.unitId = newUnitId;
  }

  public String getRoles() {
    return roles;
  }

  public boolean isDisabled() {
    return disabledAt != null;
  }

  public void disable(Instant at, String reason) {
    this.disabledAt = at;
    this.disabledReason = reason;
  }
}
