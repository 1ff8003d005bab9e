package vn.gov.hoso.dossier;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * The focal officer's decision on a submitted dossier. A rejection needs a note: the employee must learn what to fix.
 */
public record ReviewDecision(boolean approved, @Nullable String note) {

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  public ReviewDecision {
    if (!approved && (note == null || note.isBlank())) {
      throw new BusinessException("reviewNoteRequired", ErrorKind.INVALID);
    }
    note = note == null || note.isBlank() ? null : note.strip();
    if (note != null && note.length() > 2000) {
      throw new BusinessException("reviewNoteTooLong", ErrorKind.INVALID, 2000);
    }
  }

  /** Parses the form values {@code decision} ("approve" or "reject") and {@code note}. */
  public static ReviewDecision of(@Nullable Object decision, @Nullable Object note) {
    String value = decision == null ? "" : decision.toString().trim().toLowerCase(Locale.ROOT);
    String text = note == null ? null : note.toString();
    return switch (value) {
      case APPROVE -> new ReviewDecision(true, text);
      case REJECT -> new ReviewDecision(false, text);
      default -> throw new BusinessException("reviewDecisionInvalid", ErrorKind.INVALID, value);
    };
  }
}
