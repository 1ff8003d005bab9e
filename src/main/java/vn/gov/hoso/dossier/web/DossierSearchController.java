package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.gov.hoso.common.TableWriter;
import vn.gov.hoso.dossier.DossierCriteria;
import vn.gov.hoso.dossier.DossierSearch;
import vn.gov.hoso.dossier.DossierSearchPage;
import vn.gov.hoso.dossier.DossierSearchRow;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/** Search over the dossiers in the caller's scope, and the export of the results (.xlsx or CSV). */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierSearchController {

  static final String EXPORT_ENDPOINT = "GET /api/dossiers/export";
  private static final int EXPORT_BATCH = 1000;
  static final List<String> EXPORT_HEADERS = List.of("STT", "Số CCCD", "Họ và tên", "Giới tính", "Ngày sinh",
      "Đơn vị", "Đối tượng", "Mã ngạch/chức danh", "Nhóm lương", "Bậc lương", "Trình độ chuyên môn",
      "Lý luận chính trị", "Dân tộc", "Tôn giáo", "Đảng viên", "Ngày tuyển dụng", "Ngày bổ nhiệm", "Vị trí việc làm",
      "Trạng thái hồ sơ", "Tình trạng công tác", "Ngày ký gần nhất", "Lưu trữ");

  private final DossierSearch search;
  private final OrganisationService organisation;

  DossierSearchController(DossierSearch search, OrganisationService organisation) {
    this.search = search;
    this.organisation = organisation;
  }

  @GetMapping("/dossiers")
  @Operation(summary = "Tìm kiếm hồ sơ trong phạm vi / Search the dossiers in the caller's scope",
      description = SearchParameters.DESCRIPTION + " Paging: page (from 0), size (1–200, default 20). sort=field,asc|"
          + "desc with field fullName (default), cccd, dateOfBirth, unitId, status, rankOrTitleCode, "
          + "firstRecruitmentDate, lastSignedAt, updatedAt. Answer: {items, page, size, totalItems, totalPages, "
          + "totalCapped}: totals are counted up to 10,000 (hoso.search.count-cap); totalCapped=true means more than "
          + "totalItems.")
  Map<String, Object> list(@Parameter(hidden = true) @RequestParam Map<String, String> parameters, Principal user) {
    DossierCriteria criteria = SearchParameters.criteria(parameters, organisation.today());
    int page = SearchParameters.integer(parameters, "page", 0);
    int size = SearchParameters.integer(parameters, "size", 20);
    DossierSearchPage result =
        search.search(criteria, SearchParameters.text(parameters, "sort"), page, size, user.getName());
    return Map.of("items", result.items().stream().map(DossierSearchController::item).toList(), "page", page,
        "size", size, "totalItems", result.totalItems(), "totalPages", result.totalPages(), "totalCapped",
        result.totalCapped());
  }

  @GetMapping(path = "/dossiers/export", produces = {TableWriter.XLSX, TableWriter.CSV, MediaType.ALL_VALUE})
  @Operation(summary = "Xuất kết quả tìm kiếm ra Excel hoặc CSV / Export the search results (.xlsx or CSV)",
      description = "The same criteria as GET /api/dossiers (no paging: every result in the caller's scope, in CCCD "
          + "order), Vietnamese column headers. format=xlsx (default) or csv, or Accept: text/csv. Streamed in batches "
          + "of 1000 rows. Each exported dossier is written to the audit trail (DOSSIER_EXPORT), so each person's "
          + "trail shows who exported their data. " + SearchParameters.DESCRIPTION)
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, Principal user) {
    DossierCriteria criteria = SearchParameters.criteria(parameters, organisation.today());
    String format = SearchParameters.text(parameters, "format");
    boolean csv = format == null ? accept != null && accept.contains(TableWriter.CSV)
        : switch (format.toLowerCase(Locale.ROOT)) {
          case "csv" -> true;
          case "xlsx" -> false;
          default -> throw SearchParameters.bad("format", format);
        };
    String actor = user.getName();
    // fails before the first byte when the unit is unknown or out of scope
    search.search(criteria, null, 0, 1, actor);
    String fileName = "ho-so-" + organisation.today().format(DateTimeFormatter.BASIC_ISO_DATE) + (csv ? ".csv"
        : ".xlsx");
    StreamingResponseBody body = out -> {
      Map<String, String> unitNames = new HashMap<>();
      try (TableWriter table = csv ? TableWriter.csv(out) : TableWriter.xlsx(out, "Hồ sơ")) {
        table.header(EXPORT_HEADERS);
        String after = "";
        int number = 0;
        while (true) {
          List<DossierSearchRow> rows = search.exportBatch(criteria, after, EXPORT_BATCH, actor, EXPORT_ENDPOINT);
          for (DossierSearchRow r : rows) {
            table.row(exportRow(++number, r, unitNames.computeIfAbsent(r.unitId(), this::unitName)));
          }
          if (rows.size() < EXPORT_BATCH) {
            break;
          }
          after = rows.get(rows.size() - 1).id();
        }
      }
    };
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(csv ? TableWriter.CSV + ";charset=UTF-8" : TableWriter.XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  private String unitName(String unitId) {
    return organisation.unit(unitId).map(Unit::name).orElse(unitId);
  }

  private static List<Object> exportRow(int number, DossierSearchRow r, String unitName) {
    return java.util.Arrays.asList(number, r.id(), r.fullName(), r.gender(), r.dateOfBirth(), unitName,
        r.personnelCategory(), r.rankOrTitleCode(), r.salaryGroup(), r.salaryStep(), r.educationLevel(),
        r.politicalTheoryLevel(), r.ethnicityCode(), r.religionCode(), r.partyMember(), r.firstRecruitmentDate(),
        r.positionAppointedDate(), r.jobPosition(), r.status().labelVi(), r.employmentStatus().labelVi(),
        r.lastSignedAt() == null ? null : r.lastSignedAt().toString(), r.archivedAt() != null);
  }

  private static Map<String, Object> item(DossierSearchRow r) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("cccd", r.id());
    item.put("fullName", r.fullName() == null ? "" : r.fullName());
    item.put("gender", r.gender() == null ? "" : r.gender());
    item.put("dateOfBirth", r.dateOfBirth() == null ? "" : r.dateOfBirth().toString());
    item.put("unitId", r.unitId());
    item.put("personnelCategory", r.personnelCategory() == null ? "" : r.personnelCategory());
    item.put("status", r.status().labelVi());
    item.put("statusCode", r.status().name());
    item.put("employmentStatus", r.employmentStatus().name());
    item.put("archived", r.archivedAt() != null);
    item.put("rankOrTitleCode", r.rankOrTitleCode());
    item.put("salaryGroup", r.salaryGroup());
    item.put("salaryStep", r.salaryStep());
    item.put("educationLevel", r.educationLevel());
    item.put("politicalTheoryLevel", r.politicalTheoryLevel());
    item.put("ethnicityCode", r.ethnicityCode());
    item.put("religionCode", r.religionCode());
    item.put("partyMember", r.partyMember());
    item.put("firstRecruitmentDate", r.firstRecruitmentDate());
    item.put("positionAppointedDate", r.positionAppointedDate());
    item.put("jobPosition", r.jobPosition());
    item.put("lastSignedAt", r.lastSignedAt());
    item.put("currentVersion", r.currentVersion());
    item.put("createdAt", r.createdAt().toString());
    item.put("updatedAt", r.updatedAt().toString());
    return item;
  }
}
