package vn.gov.hoso.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.campaign.CampaignDashboard;
import vn.gov.hoso.campaign.CampaignService;
import vn.gov.hoso.campaign.CampaignView;
import vn.gov.hoso.campaign.DashboardPerson;
import vn.gov.hoso.campaign.DashboardState;
import vn.gov.hoso.campaign.LaunchCampaign;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.web.AdministratorOnly;

/** Declaration campaigns: launch (Sở Nội vụ administrator), progress, per-unit dashboard, drill-down and export. */
@RestController
@RequestMapping(path = "/api/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chiến dịch khai báo", description = "Declaration campaigns and their dashboard")
class CampaignController {

  private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(WorkingCalendar.ZONE);

  private final CampaignService campaigns;

  CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AdministratorOnly
  @Operation(summary = "Phát động chiến dịch khai báo / Launch a declaration campaign (administrator)",
      description = "Body {\"name\", \"unitId\", \"deadline\": \"YYYY-MM-DD\"}. Every active person whose dossier is "
          + "kept in the unit's subtree becomes a member; the process declaration-campaign starts a "
          + "dossier-declaration (due 24:00 of the deadline) for each member without a running declaration or "
          + "change and whose dossier is not locked, in batches. 201 with status STARTING; poll GET "
          + "/api/campaigns/{id} until started == total.")
  ResponseEntity<CampaignView> launch(@Valid @RequestBody LaunchRequest body, Principal user) {
    CampaignView view = campaigns.launch(new LaunchCampaign(Objects.requireNonNull(body.name()),
        Objects.requireNonNull(body.unitId()), Objects.requireNonNull(body.deadline())), user.getName());
    return ResponseEntity.created(URI.create("/api/campaigns/" + view.id())).body(view);
  }

  @GetMapping
  @Operation(summary = "Danh sách chiến dịch / Campaigns overlapping the caller's scope (officers, Sở Nội vụ)")
  List<CampaignView> list(Principal user) {
    return campaigns.list(user.getName());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Tiến độ chiến dịch / A campaign and its start progress",
      description = "status STARTING|RUNNING|CLOSED; total = members who need a declaration, started = those whose "
          + "declaration runs (newlyStarted + alreadyRunning); locked = members with a confirmed, locked dossier.")
  CampaignView campaign(@PathVariable String id, Principal user) {
    return campaigns.campaign(id, user.getName());
  }

  @GetMapping("/{id}/dashboard")
  @Operation(summary = "Bảng theo dõi theo đơn vị / Per-unit dashboard (in scope)",
      description = "One row per child unit of unitId (default: the campaign's unit, or the caller's unit inside "
          + "it) with counts NOT_STARTED, DRAFT (Đang cập nhật), SUBMITTED (Chờ xác nhận), REJECTED (Từ chối), "
          + "CONFIRMED (Xác nhận), SIGNED (Đã ký), SYNCED (accepted by the national database), and overdue "
          + "(declaration or verification task past due).")
  CampaignDashboard dashboard(@PathVariable String id, @RequestParam(required = false) @Nullable String unitId,
      Principal user) {
    return campaigns.dashboard(id, blankToNull(unitId), user.getName());
  }

  @GetMapping("/{id}/dashboard/people")
  @Operation(summary = "Danh sách người theo trạng thái / The people behind a dashboard cell (in scope, audited)",
      description = "state: NOT_STARTED, DRAFT, SUBMITTED, REJECTED, CONFIRMED, SIGNED, SYNCED, OVERDUE, or none "
          + "for everybody; ordered by name; page from 0, size 1–1000.")
  List<DashboardPerson> people(@PathVariable String id, @RequestParam(required = false) @Nullable String unitId,
      @RequestParam(required = false) @Nullable String state, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size, Principal user) {
    if (size > 1000) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "size", size);
    }
    return campaigns.people(id, blankToNull(unitId), state(state), page, size, user.getName(),
        "GET /api/campaigns/{id}/dashboard/people");
  }

  @GetMapping(path = "/{id}/dashboard/export", produces = "text/csv")
  @Operation(summary = "Xuất danh sách (CSV) / Export the people of the dashboard as CSV (in scope, audited)",
      description = "Same parameters as /dashboard/people without paging; UTF-8 with BOM, Vietnamese headers.")
  ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(required = false) @Nullable String unitId,
      @RequestParam(required = false) @Nullable String state, Principal user) {
    List<DashboardPerson> people = campaigns.people(id, blankToNull(unitId), state(state), 0, 100_000,
        user.getName(), "GET /api/campaigns/{id}/dashboard/export");
    StringBuilder csv = new StringBuilder("\uFEFFSố CCCD,Họ và tên,Đơn vị,Trạng thái,Quá hạn,Cập nhật lúc\r\n");
    for (DashboardPerson p : people) {
      csv.append(p.dossierId()).append(',').append(cell(p.fullName())).append(',').append(cell(p.unitName()))
          .append(',').append(cell(p.state().labelVi())).append(',').append(p.overdue() ? "Có" : "Không")
          .append(',').append(CSV_TIME.format(p.updatedAt())).append("\r\n");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("chien-dich-" + id + ".csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String cell(@Nullable String value) {
    if (value == null) {
      return "";
    }
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static @Nullable DashboardState state(@Nullable String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    return DashboardState.parse(state)
        .orElseThrow(() -> new BusinessException("badParameter", ErrorKind.INVALID, "state", state));
  }
}
