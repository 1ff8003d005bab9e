package vn.gov.hoso.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.sync.SyncSummary;

/** Counts of the national synchronisation for a unit subtree the caller may see. */
@RestController
@RequestMapping(path = "/api/sync", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Đồng bộ CSDL quốc gia", description = "Synchronisation with the national database")
class SyncController {

  private final SyncService sync;

  SyncController(SyncService sync) {
    this.sync = sync;
  }

  @GetMapping("/summary")
  @Operation(summary = "Số bản ghi chờ gửi / đã gửi / được nhận / bị từ chối theo đơn vị và theo lô / "
      + "Pending, sent, accepted and rejected records of a unit subtree, in total and per monthly batch",
      description = "unitId: a unit in the caller's scope (its whole subtree is counted); outside the scope: 403.")
  SyncSummary summary(@RequestParam String unitId, Principal user) {
    return sync.summary(unitId, user.getName());
  }
}
