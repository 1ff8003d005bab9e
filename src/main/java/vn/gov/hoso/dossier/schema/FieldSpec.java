package vn.gov.hoso.dossier.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.catalog.Catalog;

/**
 * One field of the dossier, or one column of a repeating table, or one member of an OBJECT field.
 *
 * @param id identifier from dossier-fields.md; also the Camunda Form key and the JSON member name
 * @param itemNo item number on the TT 06/2023 form ("8", "30.1", "H4", "" when not on the form)
 * @param maxLength for STRING/TEXT, the maximum number of characters; 0 = unbounded
 * @param catalog for CATALOG_REF, the catalog the code must come from
 * @param enumValues for ENUM, the allowed values as displayed (Vietnamese)
 * @param components for OBJECT, its members
 */
public record FieldSpec(
    String id,
    String itemNo,
    String labelVi,
    String labelEn,
    FieldType type,
    Requirement requirement,
    int maxLength,
    @Nullable Catalog catalog,
    List<String> enumValues,
    List<FieldSpec> components) {

  public FieldSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(itemNo, "itemNo");
    Objects.requireNonNull(labelVi, "labelVi");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(requirement, "requirement");
    enumValues = List.copyOf(enumValues);
    components = List.copyOf(components);
    if (type == FieldType.CATALOG_REF && catalog == null) {
      throw new IllegalArgumentException(id + ": a catalog reference needs a catalog");
    }
    if (type == FieldType.ENUM && enumValues.isEmpty()) {
      throw new IllegalArgumentException(id + ": an enum needs values");
    }
    if (type == FieldType.OBJECT && components.isEmpty()) {
      throw new IllegalArgumentException(id + ": an object needs components");
    }
  }

  public boolean isMandatory() {
    return requirement == Requirement.MANDATORY;
  }
}
