package vn.gov.hoso.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.ViolationReport;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.FieldSpec;
import vn.gov.hoso.dossier.schema.TableSpec;
import vn.gov.hoso.dossier.validation.Severity;
import vn.gov.hoso.dossier.validation.Violation;

/**
 * Turns validator output into text: the field is named by its label on the form (with the table and 1-based row
 * for table cells), in Vietnamese and English.
 */
@Component
public class ViolationMessages {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");

  private final DossierSchema schema;
  private final Messages messages;

  public ViolationMessages(DossierSchema schema, Messages messages) {
    this.schema = schema;
    this.messages = messages;
  }

  /** A change submitted without a scanned document proving it (blocking; path {@code attachments}). */
  public ViolationReport missingChangeEvidence() {
    String key = "validation.CHANGE_EVIDENCE_MISSING";
    return new ViolationReport("attachments", "CHANGE_EVIDENCE_MISSING", true, messages.vi(key, List.of()),
        messages.en(key, List.of()));
  }

  public List<ViolationReport> describe(List<Violation> violations) {
    return violations.stream().map(this::describe).toList();
  }

  private ViolationReport describe(Violation v) {
    String key = "validation." + v.code();
    List<Object> argsVi = new ArrayList<>(v.args());
    List<Object> argsEn = new ArrayList<>(v.args());
    String[] labels = labels(v.path());
    if (argsVi.isEmpty()) {
      argsVi.add(labels[0]);
      argsEn.add(labels[1]);
    } else {
      argsVi.set(0, labels[0]);
      argsEn.set(0, labels[1]);
    }
    return new ViolationReport(v.path(), v.code(), v.severity() == Severity.ERROR, messages.vi(key, argsVi),
        messages.en(key, argsEn));
  }

  /** [Vietnamese, English] label of a path such as {@code workHistory[2].fromMonth}. */
  String[] labels(String path) {
    String[] segments = path.split("\\.");
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    List<FieldSpec> scope = List.of();
    for (int i = 0; i < segments.length; i++) {
      Matcher m = SEGMENT.matcher(segments[i]);
      if (!m.matches()) {
        return new String[] {path, path};
      }
      String id = m.group(1);
      String row = m.group(2);
      String labelVi = id;
      String labelEn = id;
      List<FieldSpec> next = List.of();
      if (i == 0) {
        Optional<TableSpec> table = schema.table(id);
        Optional<FieldSpec> field = schema.field(id);
        if (table.isPresent()) {
          labelVi = table.get().labelVi();
          labelEn = table.get().labelEn();
          next = table.get().columns();
        } else if (field.isPresent()) {
          labelVi = field.get().labelVi();
          labelEn = field.get().labelEn();
          next = field.get().components();
        }
      } else {
        Optional<FieldSpec> member = scope.stream().filter(f -> f.id().equals(id)).findFirst();
        if (member.isPresent()) {
          labelVi = member.get().labelVi();
          labelEn = member.get().labelEn();
          next = member.get().components();
        }
      }
      if (i > 0) {
        vi.append(" › ");
        en.append(" › ");
      }
      vi.append(labelVi);
      en.append(labelEn);
      if (row != null) {
        int n = Integer.parseInt(row) + 1;
        vi.append(" (dòng ").append(n).append(')');
        en.append(" (row ").append(n).append(')');
      }
      scope = next;
    }
    return new String[] {vi.toString(), en.toString()};
  }
}
