package vn.gov.hoso.dossier.schema;

import java.util.List;
import java.util.Objects;

/**
 * A repeating table of the dossier (work history, training, family …). Its value in the JSON content is an array of
 * row objects keyed by the column identifiers.
 *
 * @param minRows rows required at submit (e.g. at least one work-history row for staff); 0 = optional table
 */
public record TableSpec(
    String id, DossierGroup group, String itemNo, String labelVi, String labelEn, List<FieldSpec> columns, int minRows) {

  public TableSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(itemNo, "itemNo");
    Objects.requireNonNull(labelVi, "labelVi");
    Objects.requireNonNull(labelEn, "labelEn");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(id + ": a table needs columns");
    }
  }
}
