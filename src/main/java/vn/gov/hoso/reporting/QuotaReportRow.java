package vn.gov.hoso.reporting;

import java.util.List;
import java.util.Map;
import vn.gov.hoso.organisation.QuotaCategory;

/**
 * One unit of the report: quota against actual per category (actual = dossiers kept in this very unit, by personnel
 * category), and the two reconciliation lists.
 *
 * @param recordedNotWorking dossiers kept in this unit whose person's account is not in this unit
 * @param workingNotRecorded employee accounts of this unit whose dossier is not kept in this unit
 * @param uncategorised dossiers of this unit without a known personnel category (counted in no quota)
 */
public record QuotaReportRow(String unitId, String code, String name, String path,
    Map<QuotaCategory, QuotaLine> lines, int uncategorised, List<PersonMismatch> recordedNotWorking,
    List<PersonMismatch> workingNotRecorded) {

  public QuotaReportRow {
    lines = Map.copyOf(lines);
    recordedNotWorking = List.copyOf(recordedNotWorking);
    workingNotRecorded = List.copyOf(workingNotRecorded);
  }
}
