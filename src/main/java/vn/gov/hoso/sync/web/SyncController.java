package vn.gov.hoso.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.sync.InboundSync;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.sync.SyncSummary;

/** Counts of the national synchronisation for a unit subtree the caller may see. */
@RestController
@RequestMapping(path = "/api/sync", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Đồng bộ CSDL quốc gia", description = "Synchronisation with the national database")
class SyncController {

  private final SyncService sync;
  private final InboundSync inbound;

  SyncController(SyncService sync, InboundSync inbound) {
    this.sync = sync;
    this.inbound = inbound;
  }

  @PostMapping(path = "/inbound", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Nhận hồ sơ người chuyển đến từ tỉnh khác từ CSDL quốc gia / "
      + "Pull the dossier of a person arriving from another province from the national database",
      description = "Focal officer of the receiving unit (or above) or the Sở Nội vụ administrator; 403 out of scope, "
          + "409 when a local dossier exists (a transfer within the province is not an import), 404 when the nation "
          + "holds no record. Creates version 1 in status SUBMITTED and the unit's verification task.")
  InboundSync.InboundResult pull(@RequestBody InboundRequest body, Principal user) {
    return inbound.pull(body.cccd() == null ? "" : body.cccd().strip(),
        body.unitId() == null ? "" : body.unitId().strip(), user.getName());
  }

  /** Body of {@code POST /api/sync/inbound}. */
  record InboundRequest(String cccd, String unitId) {}

  @GetMapping("/summary")
  @Operation(summary = "Số bản ghi chờ gửi / đã gửi / được nhận / bị từ chối theo đơn vị và theo lô / "
      + "Pending, sent, accepted and rejected records of a unit subtree, in total and per monthly batch",
      description = "unitId: a unit in the caller's scope (its whole subtree is counted); outside the scope: 403.")
  SyncSummary summary(@RequestParam String unitId, Principal user) {
    return sync.summary(unitId, user.getName());
  }
}
