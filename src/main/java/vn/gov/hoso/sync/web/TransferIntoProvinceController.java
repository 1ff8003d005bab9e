package vn.gov.hoso.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.sync.InboundSync;

/** Starts {@code transfer-into-province}: the asynchronous pull of a person's national record, then verification. */
@RestController
@RequestMapping(path = "/api/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chuyển công tác", description = "Transfers")
class TransferIntoProvinceController {

  private final InboundSync inbound;

  TransferIntoProvinceController(InboundSync inbound) {
    this.inbound = inbound;
  }

  @PostMapping(path = "/into-province", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Tiếp nhận người chuyển đến từ tỉnh khác / Receive a person transferred from another province",
      description = "Body {\"cccd\",\"unitId\"}. Focal officer of the receiving unit (or above) or the Sở Nội vụ "
          + "administrator. Starts the process transfer-into-province: the national record is pulled asynchronously "
          + "(retried when the national database does not answer, then an incident), version 1 waits for the "
          + "receiving unit's verification. 202; 403 inboundForbidden, 409 inboundDossierExists, 400 otherwise.")
  Map<String, String> request(@RequestBody SyncController.InboundRequest body, Principal user) {
    String cccd = body.cccd() == null ? "" : body.cccd().strip();
    String unitId = body.unitId() == null ? "" : body.unitId().strip();
    inbound.requestTransferIn(cccd, unitId, user.getName());
    return Map.of("cccd", cccd, "unitId", unitId, "status", "REQUESTED");
  }
}
