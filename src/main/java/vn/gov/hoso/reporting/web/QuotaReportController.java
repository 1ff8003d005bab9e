package vn.gov.hoso.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.reporting.QuotaReportRow;
import vn.gov.hoso.reporting.QuotaReportService;

/** Reports over the caller's data scope. */
@RestController
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Báo cáo", description = "Quota reconciliation")
class QuotaReportController {

  private final QuotaReportService reports;

  QuotaReportController(QuotaReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/quotas")
  @Operation(summary = "Đối chiếu biên chế / Quota against actual for every unit of a subtree (in scope)",
      description = "One row per unit: per category (CIVIL_SERVANT = biên chế công chức, PUBLIC_EMPLOYEE = số lượng "
          + "người làm việc, CONTRACT_WORKER = hợp đồng lao động) quota, actual (dossiers kept in the unit) and "
          + "difference; recordedNotWorking (dossier here, account elsewhere or none); workingNotRecorded (employee "
          + "account here, dossier elsewhere or none).")
  List<QuotaReportRow> quotas(@RequestParam String unitId, @RequestParam int year, Principal user) {
    if (year < 2000 || year > 2199) {
      throw new BusinessException("yearOutOfRange", ErrorKind.INVALID, String.valueOf(year), "2000", "2199");
    }
    return reports.report(unitId, year, user.getName());
  }
}
