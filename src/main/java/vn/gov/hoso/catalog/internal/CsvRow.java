package vn.gov.hoso.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a catalog file: trimmed values by header name, and where it came from so that a bad value can be
 * reported with its file and line. Blank cells are empty strings.
 */
record CsvRow(String file, long line, Map<String, String> values) {

  CsvRow {
    values = Map.copyOf(values);
  }

  /** The cell of this column, "" when blank. */
  String text(String column) {
    String value = values.get(column);
    if (value == null) {
      throw problem("no column " + column);
    }
    return value;
  }

  /** The cell of this column, which must not be blank. */
  String required(String column) {
    String value = text(column);
    if (value.isEmpty()) {
      throw problem(column + " is blank");
    }
    return value;
  }

  /** An ISO date (2025-07-01), or null when the cell is blank. */
  @Nullable LocalDate date(String column) {
    String value = text(column);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw problem(column + " is not an ISO date: " + value, e);
    }
  }

  int integer(String column) {
    String value = required(column);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw problem(column + " is not a whole number: " + value, e);
    }
  }

  BigDecimal decimal(String column) {
    String value = required(column);
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw problem(column + " is not a decimal number: " + value, e);
    }
  }

  IllegalStateException problem(String message) {
    return new IllegalStateException(file + " line " + line + ": " + message);
  }

  private IllegalStateException problem(String message, Exception cause) {
    return new IllegalStateException(file + " line " + line + ": " + message, cause);
  }
}
