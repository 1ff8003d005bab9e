package vn.gov.hoso.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.UnitTier;

@Entity
@Table(name = "org_unit")
public class UnitEntity {

  @Id private String id;
  private String code;
  private String name;

  @Column(name = "parent_id")
  private @Nullable String parentId;

  private String tier;
  private String kind;

  @Column(name = "unit_path")
  private String unitPath;

  protected UnitEntity() {
    // JPA
    this.id = "";
    this.code = "";
    this.name = "";
    this.tier = "";
    this.kind = "";
    this.unitPath = "";
  }

  public UnitEntity(String id, String code, String name, @Nullable String parentId, String tier, String kind,
      String unitPath) {
    this.id = id;
    this.code = code;
    this.name = name;
    this.parentId = parentId;
    this.tier = tier;
    this.kind = kind;
    this.unitPath = unitPath;
  }

  public String getUnitPath() {
    return unitPath;
  }

  public Unit toUnit() {
    return new Unit(id, code, name, parentId, UnitTier.valueOf(tier), kind, unitPath);
  }
}
