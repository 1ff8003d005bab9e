package vn.gov.hoso.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TableWriter;
import vn.gov.hoso.dossier.HeadcountDimension;
import vn.gov.hoso.reporting.HeadcountReport;
import vn.gov.hoso.reporting.HeadcountReportService;

/** Headcount statistics of the caller's scope, as JSON or as an Excel file (same URL, by the Accept header). */
@RestController
@RequestMapping("/api/reports")
class HeadcountReportController {

  private static final String DESCRIPTION = "by=rank (ngạch of cán bộ and công chức), title (chức danh nghề nghiệp of "
      + "viên chức), position (vị trí việc làm), ageBand (Dưới 30, 30 - 39, 40 - 49, 50 - 59, Từ 60 on asOf), gender, "
      + "ethnicity, education (highest qualification), politicalTheory; unitId: the subtree (default: the caller's "
      + "whole scope); asOf: YYYY-MM-DD (default today). Counted: dossiers created by the end of asOf and not archived "
      + "by then, in the unit tree of that day; each person's values (rank …, unit) are the current ones. JSON: "
      + "{unitId, unitName, by, asOf, rows: [{unitId, unitName, key, label, count}] (non-zero cells, unit kept in "
      + "that very unit), totals: [{key, label, count}] (key \"\" = not declared), total}. With Accept: "
      + TableWriter.XLSX + " the same report as an .xlsx sheet (units × values, Vietnamese headers, totals).";

  private final HeadcountReportService reports;

  HeadcountReportController(HeadcountReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/headcount", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Thống kê số lượng tại một ngày / Headcount as of a day", description = DESCRIPTION)
  HeadcountReport headcount(@RequestParam(required = false) @Nullable String by,
      @RequestParam(required = false) @Nullable String unitId, @RequestParam(required = false) @Nullable String asOf,
      Principal user) {
    return reports.report(unitId, HeadcountDimension.of(by), day(asOf), user.getName());
  }

  @GetMapping(path = "/headcount", produces = TableWriter.XLSX)
  @Operation(summary = "Thống kê số lượng (Excel) / Headcount as an .xlsx file", description = DESCRIPTION)
  ResponseEntity<byte[]> headcountExcel(@RequestParam(required = false) @Nullable String by,
      @RequestParam(required = false) @Nullable String unitId, @RequestParam(required = false) @Nullable String asOf,
      Principal user) {
    HeadcountReport report = reports.report(unitId, HeadcountDimension.of(by), day(asOf), user.getName());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.writeExcel(report, out);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(TableWriter.XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("so-luong-" + report.by() + "-" + report.unitId() + "-" + report.asOf() + ".xlsx").build()
            .toString())
        .body(out.toByteArray());
  }

  static @Nullable LocalDate day(@Nullable String asOf) {
    try {
      return asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "asOf", asOf);
    }
  }
}
