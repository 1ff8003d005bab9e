package vn.gov.hoso.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.hoso.organisation.NewTransfer;
import vn.gov.hoso.organisation.TransferDocument;
import vn.gov.hoso.organisation.TransferKind;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferView;

/** Transfer decisions within the province: each starts its process. */
@RestController
@RequestMapping(path = "/api/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chuyển công tác", description = "Transfers")
class TransferController {

  private final TransferService transfers;

  TransferController(TransferService transfers) {
    this.transfers = transfers;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Quyết định chuyển công tác giữa hai đơn vị trong tỉnh / A transfer between units of the province",
      description = "Part 'transfer': JSON {username, toUnitId, effectiveDate, decisionNumber, positionName}; part "
          + "'decision': the scanned decision (PDF/JPEG/PNG ≤ 10 MB). Focal officer of the releasing unit or above, or "
          + "the Sở Nội vụ administrator. Starts transfer-between-units: the releasing unit hands over (transferHandover "
          + "from the effective date), the receiving unit accepts (transferForward), then account and dossier move. 201; "
          + "403 transferForbidden, 404 accountNotFound, 409 transferOpen, 400 otherwise.")
  ResponseEntity<TransferView> betweenUnits(@Valid @RequestPart("transfer") NewTransfer transfer,
      @RequestPart("decision") MultipartFile decision, Principal user) throws IOException {
    String type = Objects.requireNonNullElse(decision.getContentType(), "application/octet-stream");
    String name = Objects.requireNonNullElse(decision.getOriginalFilename(), "quyet-dinh");
    TransferView decided = transfers.decide(TransferKind.BETWEEN_UNITS, transfer,
        new TransferDocument(name, type, decision.getBytes()), user.getName());
    return ResponseEntity.created(URI.create("/api/transfers/" + decided.id())).body(decided);
  }

  @PostMapping(path = "/internal", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Điều động nội bộ giữa các phòng của một đơn vị / A move between departments of one unit",
      description = "Body {username, toUnitId, effectiveDate, positionName}. Both departments are sub-units of one "
          + "unit (or one is the unit); a focal officer of that unit or above, or the administrator. Starts "
          + "transfer-internal (deadline internalTransfer). 201; 403 transferForbidden, 409 transferOpen, 400 otherwise.")
  ResponseEntity<TransferView> internal(@Valid @RequestBody NewTransfer transfer, Principal user) {
    TransferView decided = transfers.decide(TransferKind.INTERNAL, transfer, null, user.getName());
    return ResponseEntity.created(URI.create("/api/transfers/" + decided.id())).body(decided);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Một quyết định chuyển công tác / A transfer",
      description = "Readers whose scope holds the releasing or the receiving unit; 403 otherwise, 404 unknown.")
  TransferView transfer(@PathVariable String id, Principal user) {
    return transfers.transfer(id, user.getName());
  }

  @GetMapping(path = "/{id}/decision", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Bản quét quyết định chuyển công tác / The scanned transfer decision")
  ResponseEntity<byte[]> decision(@PathVariable String id, Principal user) {
    TransferDocument document = transfers.document(id, user.getName());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.data());
  }
}
