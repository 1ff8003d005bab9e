package vn.gov.hoso.workflow.delegate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.FieldChange;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of the signing task: what the head needs to decide, as task-local variables that die
 * with the task (not historised).
 *
 * <p>Inputs: {@code dossierId}, {@code versionNumber}. Outputs (task-local): {@code employeeName}, {@code unitName},
 * {@code pdfUrl} (the version's CV, {@code /api/dossiers/{cccd}/versions/{n}/pdf}), {@code changeSummary} (one line
 * per changed field since the last signed version, in Vietnamese, or a note that no version was signed before).
 */
@Component("prefillSigningFormListener")
public class PrefillSigningFormListener implements TaskListener {

  /** At most this many changes are listed; the rest is counted. */
  static final int LISTED_CHANGES = 30;
  private static final int VALUE_LENGTH = 80;

  private final DossierCaption caption;
  private final DossierService dossiers;

  PrefillSigningFormListener(DossierCaption caption, DossierService dossiers) {
    this.caption = caption;
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    caption.describe(task);
    String dossierId = (String) task.getVariable(ProcessVariables.DOSSIER_ID);
    int version = ((Number) task.getVariable(ProcessVariables.VERSION_NUMBER)).intValue();
    task.setVariableLocal(ProcessVariables.PDF_URL, "/api/dossiers/" + dossierId + "/versions/" + version + "/pdf");
    task.setVariableLocal(ProcessVariables.CHANGE_SUMMARY, summary(dossierId, version));
  }

  private String summary(String dossierId, int version) {
    Optional<Integer> lastSigned = dossiers.lastSignedVersionBefore(dossierId, version);
    if (lastSigned.isEmpty()) {
      return "Chưa có phiên bản nào của hồ sơ được ký số: đây là lần ký đầu tiên, toàn bộ hồ sơ được ký.";
    }
    List<FieldChange> changes = dossiers.changes(dossierId, lastSigned.get(), version);
    if (changes.isEmpty()) {
      return "Không có thay đổi so với phiên bản đã ký số " + lastSigned.get() + ".";
    }
    String lines = changes.stream().limit(LISTED_CHANGES)
        .map(change -> "- " + change.labelVi() + ": " + text(change.before()) + " → " + text(change.after()))
        .collect(Collectors.joining("\n"));
    String more = changes.size() > LISTED_CHANGES
        ? "\n- … và " + (changes.size() - LISTED_CHANGES) + " thay đổi khác" : "";
    return changes.size() + " thay đổi so với phiên bản đã ký số " + lastSigned.get() + ":\n" + lines + more;
  }

  private static String text(@Nullable JsonNode value) {
    if (value == null) {
      return "(trống)";
    }
    String text = value.isValueNode() ? value.asText() : value.toString();
    return text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH) + "…" : text;
  }
}
