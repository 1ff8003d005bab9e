package vn.gov.hoso.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The statutory reports: the annual one (10 – 20 January) and the half-year one (before 15 June, 15 December). */
public enum StatutoryReportKind {
  ANNUAL("Báo cáo số lượng, chất lượng CBCCVC năm"),
  HALF_YEAR("Báo cáo 6 tháng về quản lý hồ sơ CBCCVC");

  private final String titleVi;

  StatutoryReportKind(String titleVi) {
    this.titleVi = titleVi;
  }

  public String titleVi() {
    return titleVi;
  }

  /** The period a round started on {@code day} reports on. */
  public String period(LocalDate day) {
    return this == ANNUAL ? String.valueOf(day.getYear() - 1) : day.format(DateTimeFormatter.ofPattern("yyyy-MM"));
  }
}
