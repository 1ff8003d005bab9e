package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * The employee declares a change of their locked dossier: what kind of event, when it happened, what changed.
 *
 * @param dossierId the employee's own dossier (their CCCD)
 */
public record DeclareChange(String dossierId, ChangeType type, LocalDate eventDate, String description) {

  public static final int MAX_DESCRIPTION = 2000;

  public DeclareChange {
    if (description == null || description.isBlank()) {
      throw new BusinessException("changeDescriptionRequired", ErrorKind.INVALID);
    }
    description = description.strip();
    if (description.length() > MAX_DESCRIPTION) {
      throw new BusinessException("changeDescriptionTooLong", ErrorKind.INVALID, MAX_DESCRIPTION);
    }
  }

  /** Parses the values of the form {@code declare-change} or the API: type code, ISO date, description. */
  public static DeclareChange of(String dossierId, @Nullable Object type, @Nullable Object eventDate,
      @Nullable Object description) {
    String typeText = type == null ? "" : type.toString();
    ChangeType changeType = ChangeType.of(typeText)
        .orElseThrow(() -> new BusinessException("changeTypeInvalid", ErrorKind.INVALID, typeText));
    String dateText = eventDate == null ? "" : eventDate.toString().strip();
    LocalDate date;
    try {
      date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
    } catch (DateTimeParseException e) {
      throw new BusinessException("changeEventDateInvalid", ErrorKind.INVALID, dateText);
    }
    return new DeclareChange(dossierId, changeType, date, description == null ? "" : description.toString());
  }
}
