package vn.gov.hoso.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.organisation.DatedUnit;
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

  @Column(name = "valid_from")
  private @Nullable LocalDate validFrom;

  @Column(name = "valid_to")
  private @Nullable LocalDate validTo;

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

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public @Nullable String getParentId() {
    return parentId;
  }

  public @Nullable LocalDate getValidTo() {
    return validTo;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void setParent(@Nullable String newParentId, String newPath) {
    this.parentId = newParentId;
    this.unitPath = newPath;
  }

  public void setValidFrom(@Nullable LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public void close(LocalDate validTo) {
    this.validTo = validTo;
  }

  public DatedUnit toDatedUnit() {
    return new DatedUnit(toUnit(), validFrom, validTo);
  }

  public Unit toUnit() {
    return new Unit(id, code, name, parentId, UnitTier.valueOf(tier), kind, unitPath);
  }
}
