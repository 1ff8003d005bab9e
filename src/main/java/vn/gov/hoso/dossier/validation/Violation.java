package vn.gov.hoso.dossier.validation;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a dossier's content.
 *
 * @param path where: a top-level key ({@code fullName}), an object member ({@code placeOfBirth.communeName}), a table
 *     cell with a 0-based row index ({@code workHistory[2].fromMonth}) or a list item ({@code plannedTitles[1]}); the
 *     empty string for the document itself
 * @param code a {@link ViolationCode#code()}; the message key is {@code "validation." + code}
 * @param args message arguments, all strings. {@code args[0]} is always the Vietnamese label of the field at
 *     {@code path} (the caller may replace it by the label in the user's language, found from the path); row numbers
 *     in the other arguments are 1-based, as the user sees them
 * @param severity ERROR blocks submission, WARNING never does
 */
public record Violation(String path, String code, List<Object> args, Severity severity) {

  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    args = List.copyOf(args);
    if (args.isEmpty()) {
      throw new IllegalArgumentException("args[0] must be the field's label");
    }
  }

  /** A violation with the code's own severity. */
  public static Violation of(ViolationCode code, String path, Object... args) {
    return new Violation(path, code.code(), List.of(args), code.severity());
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
