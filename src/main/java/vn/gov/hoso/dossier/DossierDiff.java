package vn.gov.hoso.dossier;

import static vn.gov.hoso.dossier.schema.DossierValues.isEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.FieldSpec;
import vn.gov.hoso.dossier.schema.FieldType;
import vn.gov.hoso.dossier.schema.TableSpec;

/**
 * Compares two versions of a dossier's content, field by field in schema order, for the update history and the
 * reviewer's view.
 *
 * <ul>
 *   <li>Scalar fields and string lists are compared as whole values; numbers by value ({@code 3} equals {@code 3.0}).
 *   <li>OBJECT fields are compared member by member ({@code placeOfBirth.communeName}), nested objects too.
 *   <li>Tables are compared row by row by index: a row present on one side only is one ADDED or REMOVED change at the
 *       row's path ({@code workHistory[3]}); rows on both sides are compared column by column
 *       ({@code workHistory[1].unit}). Moving a row therefore shows as changed cells, which is what the printed form
 *       shows too.
 *   <li>Empty values ({@link vn.gov.hoso.dossier.schema.DossierValues#isEmpty}) are equal to each other: {@code ""} and
 *       an absent member are no change.
 *   <li>Keys the schema does not know are ignored (the validator rejects them). A {@code before} or {@code after} that
 *       is not a JSON object (e.g. {@link MissingNode} for a first version) counts as an empty dossier.
 * </ul>
 */
@Component
public final class DossierDiff {

  private static final String LABEL_SEPARATOR = " › ";
  private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private final DossierSchema schema;

  public DossierDiff(DossierSchema schema) {
    this.schema = schema;
  }

  /** The changes from {@code before} to {@code after}, in schema order. */
  public List<FieldChange> compare(JsonNode before, JsonNode after) {
    List<FieldChange> changes = new ArrayList<>();
    for (String key : schema.topLevelKeys()) {
      JsonNode b = member(before, key);
      JsonNode a = member(after, key);
      var field = schema.field(key);
      if (field.isPresent()) {
        FieldSpec spec = field.get();
        compareField(spec, b, a, key, spec.labelVi(), spec.labelEn(), changes);
      } else {
        schema.table(key).ifPresent(table -> compareTable(table, b, a, changes));
      }
    }
    return List.copyOf(changes);
  }

  private void compareField(FieldSpec spec, @Nullable JsonNode before, @Nullable JsonNode after, String path,
      String labelVi, String labelEn, List<FieldChange> changes) {
    if (spec.type() == FieldType.OBJECT && isObjectOrEmpty(before) && isObjectOrEmpty(after)) {
      for (FieldSpec component : spec.components()) {
        compareField(component, member(before, component.id()), member(after, component.id()),
            path + "." + component.id(), labelVi + LABEL_SEPARATOR + component.labelVi(),
            labelEn + LABEL_SEPARATOR + component.labelEn(), changes);
      }
      return;
    }
    compareValues(before, after, path, labelVi, labelEn, changes);
  }

  private void compareTable(TableSpec table, @Nullable JsonNode before, @Nullable JsonNode after,
      List<FieldChange> changes) {
    if (!isArrayOrEmpty(before) || !isArrayOrEmpty(after)) {
      compareValues(before, after, table.id(), table.labelVi(), table.labelEn(), changes);
      return;
    }
    int beforeSize = isEmpty(before) ? 0 : before.size();
    int afterSize = isEmpty(after) ? 0 : after.size();
    for (int i = 0; i < Math.max(beforeSize, afterSize); i++) {
      String rowPath = table.id() + "[" + i + "]";
      if (i >= beforeSize) {
        changes.add(new FieldChange(rowPath, table.labelVi(), table.labelEn(), ChangeKind.ADDED, null, after.get(i)));
      } else if (i >= afterSize) {
        changes.add(
            new FieldChange(rowPath, table.labelVi(), table.labelEn(), ChangeKind.REMOVED, before.get(i), null));
      } else if (before.get(i).isObject() && after.get(i).isObject()) {
        for (FieldSpec column : table.columns()) {
          compareField(column, before.get(i).get(column.id()), after.get(i).get(column.id()),
              rowPath + "." + column.id(), table.labelVi() + LABEL_SEPARATOR + column.labelVi(),
              table.labelEn() + LABEL_SEPARATOR + column.labelEn(), changes);
        }
      } else {
        compareValues(before.get(i), after.get(i), rowPath, table.labelVi(), table.labelEn(), changes);
      }
    }
  }

  private static void compareValues(@Nullable JsonNode before, @Nullable JsonNode after, String path, String labelVi,
      String labelEn, List<FieldChange> changes) {
    boolean wasEmpty = isEmpty(before);
    boolean isNowEmpty = isEmpty(after);
    if (wasEmpty && isNowEmpty) {
      return;
    }
    if (wasEmpty) {
      changes.add(new FieldChange(path, labelVi, labelEn, ChangeKind.ADDED, null, after));
    } else if (isNowEmpty) {
      changes.add(new FieldChange(path, labelVi, labelEn, ChangeKind.REMOVED, before, null));
    } else if (!before.equals(BY_VALUE, after)) {
      changes.add(new FieldChange(path, labelVi, labelEn, ChangeKind.CHANGED, before, after));
    }
  }

  private static @Nullable JsonNode member(@Nullable JsonNode object, String key) {
    return object != null && object.isObject() ? object.get(key) : null;
  }

  private static boolean isObjectOrEmpty(@Nullable JsonNode node) {
    return isEmpty(node) || node.isObject();
  }

  private static boolean isArrayOrEmpty(@Nullable JsonNode node) {
    return isEmpty(node) || node.isArray();
  }
}
