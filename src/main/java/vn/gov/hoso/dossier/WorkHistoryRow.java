package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of the career table {@code workHistory} (item 33 of the field specification): {@code fromMonth} as
 * {@code mm/yyyy}, the unit's name, the title or position (null = the one of the row it follows).
 */
public record WorkHistoryRow(String fromMonth, String unit, @Nullable String titleOrPosition) {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  public WorkHistoryRow {
    Objects.requireNonNull(fromMonth, "fromMonth");
    Objects.requireNonNull(unit, "unit");
  }

  public static WorkHistoryRow from(LocalDate effectiveDate, String unit, @Nullable String titleOrPosition) {
    return new WorkHistoryRow(effectiveDate.format(MONTH), unit, titleOrPosition);
  }
}
