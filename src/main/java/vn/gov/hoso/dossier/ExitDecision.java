package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * A decision that ends (or, for a secondment, suspends) a person's work in their unit: the kind, the decision's number,
 * its effective date and, for a secondment, the return date. The note is the focal officer's free text.
 */
public record ExitDecision(ExitKind kind, String decisionNumber, LocalDate effectiveDate,
    @Nullable LocalDate returnDate, @Nullable String note) {

  static final int MAX_NOTE = 2000;
  static final int MAX_DECISION_NUMBER = 100;

  public ExitDecision {
    decisionNumber = requireDecisionNumber(decisionNumber);
    note = note(note);
    if (kind == ExitKind.SECONDMENT) {
      if (returnDate == null) {
        throw new BusinessException("secondmentReturnRequired", ErrorKind.INVALID);
      }
      if (!returnDate.isAfter(effectiveDate)) {
        throw new BusinessException("secondmentReturnBeforeStart", ErrorKind.INVALID, returnDate.toString(),
            effectiveDate.toString());
      }
    } else {
      returnDate = null;
    }
  }

  /** Parses the values of the start form or the API ({@code YYYY-MM-DD} dates). */
  public static ExitDecision of(@Nullable Object kind, @Nullable Object decisionNumber, @Nullable Object effectiveDate,
      @Nullable Object returnDate, @Nullable Object note) {
    return new ExitDecision(ExitKind.of(kind), text(decisionNumber), date("effectiveDate", effectiveDate),
        returnDate == null || returnDate.toString().isBlank() ? null : date("returnDate", returnDate),
        note == null ? null : note.toString());
  }

  static String requireDecisionNumber(@Nullable String number) {
    if (number == null || number.isBlank()) {
      throw new BusinessException("exitDecisionNumberRequired", ErrorKind.INVALID);
    }
    if (number.strip().length() > MAX_DECISION_NUMBER) {
      throw new BusinessException("exitDecisionNumberTooLong", ErrorKind.INVALID, MAX_DECISION_NUMBER);
    }
    return number.strip();
  }

  static @Nullable String note(@Nullable String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > MAX_NOTE) {
      throw new BusinessException("exitNoteTooLong", ErrorKind.INVALID, MAX_NOTE);
    }
    return note.strip();
  }

  static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  /**
   * @throws BusinessException {@code badParameter} (400) for a missing or malformed date
   */
  static LocalDate date(String field, @Nullable Object value) {
    String text = value == null ? "" : value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, field, text);
    }
  }
}
