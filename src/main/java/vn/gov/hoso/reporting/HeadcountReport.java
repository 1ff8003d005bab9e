package vn.gov.hoso.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A headcount of a unit's subtree on a day, grouped by unit and one dimension.
 *
 * @param rows non-zero cells, units in tree order, keys in {@code totals} order
 * @param totals per key over the subtree, most frequent first ("" = not declared, last)
 * @param total everybody counted
 */
public record HeadcountReport(String unitId, String unitName, String by, LocalDate asOf, List<HeadcountRow> rows,
    List<HeadcountTotal> totals, long total) {

  public HeadcountReport {
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }
}
