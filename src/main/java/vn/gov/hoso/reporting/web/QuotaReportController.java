package vn.gov.hoso.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.util.List;
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
import vn.gov.hoso.reporting.QuotaReportRow;
import vn.gov.hoso.reporting.QuotaReportService;

/** Quota reconciliation over the caller's data scope, as JSON or as an Excel file (same URL, by the Accept header). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo", description = "Quota reconciliation")
class QuotaReportController {

  private final QuotaReportService reports;

  QuotaReportController(QuotaReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/quotas", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Đối chiếu biên chế / Quota against actual for every unit of a subtree (in scope)",
      description = "One row per unit: per category (CIVIL_SERVANT = biên chế công chức, PUBLIC_EMPLOYEE = số lượng "
          + "người làm việc, CONTRACT_WORKER = hợp đồng lao động) quota, actual (dossiers kept in the unit) and "
          + "difference; recordedNotWorking (dossier here, account elsewhere or none); workingNotRecorded (employee "
          + "account here, dossier elsewhere or none).")
  List<QuotaReportRow> quotas(@RequestParam String unitId, @RequestParam int year, Principal user) {
    return reports.report(unitId, checked(year), user.getName());
  }

  @GetMapping(path = "/quotas", produces = TableWriter.XLSX)
  @Operation(summary = "Đối chiếu biên chế (Excel) / Quota against actual as an .xlsx file",
      description = "The same report with Accept: " + TableWriter.XLSX + ": one row per unit, per category the "
          + "quota (giao), actual (có mặt) and difference (chênh lệch), the uncategorised dossiers and the sizes of "
          + "the two reconciliation lists, totals below; Vietnamese headers.")
  ResponseEntity<byte[]> quotasExcel(@RequestParam String unitId, @RequestParam int year, Principal user) {
    List<QuotaReportRow> rows = reports.report(unitId, checked(year), user.getName());
    String unitName = rows.stream().filter(r -> r.unitId().equals(unitId)).map(QuotaReportRow::name).findFirst()
        .orElse(unitId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.writeExcel(unitName, year, rows, out);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(TableWriter.XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("bien-che-" + unitId + "-" + year + ".xlsx").build().toString())
        .body(out.toByteArray());
  }

  private static int checked(int year) {
    if (year < 2000 || year > 2199) {
      throw new BusinessException("yearOutOfRange", ErrorKind.INVALID, String.valueOf(year), "2000", "2199");
    }
    return year;
  }
}
