package vn.gov.hoso.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.TableWriter;
import vn.gov.hoso.reporting.StatutoryReportFile;
import vn.gov.hoso.reporting.StatutoryReportService;

/** The generated files of the statutory reports, linked from the report tasks. */
@RestController
class StatutoryReportController {

  private final StatutoryReportService reports;

  StatutoryReportController(StatutoryReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/api/reports/statutory/{id}/file", produces = {TableWriter.XLSX, MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "Tệp Excel của báo cáo định kỳ / The .xlsx of a statutory report",
      description = "For readers whose scope holds the report's unit; 404 statutoryReportNotFound otherwise.")
  ResponseEntity<byte[]> file(@PathVariable String id, Principal user) {
    StatutoryReportFile file = reports.file(id, user.getName());
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(TableWriter.XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.content());
  }
}
