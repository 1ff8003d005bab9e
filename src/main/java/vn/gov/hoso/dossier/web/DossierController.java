package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.multipart.MultipartFile;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.AttachmentContent;
import vn.gov.hoso.dossier.AttachmentView;
import vn.gov.hoso.dossier.CvLayout;
import vn.gov.hoso.dossier.CvPdf;
import vn.gov.hoso.dossier.DossierChangeView;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierVersionView;
import vn.gov.hoso.dossier.DossierView;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.dossier.NationalSyncStatus;
import vn.gov.hoso.dossier.NewAttachment;
import vn.gov.hoso.dossier.VersionDiff;

/** Read API of dossiers. Every call is checked against the caller's unit subtree and audited. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Hồ sơ", description = "Dossiers: current data, versions, diff, update history, attachments")
class DossierController {

  private static final String CCCD = "{cccd:\\d{12}}";
  private static final String LAYOUT = "Mẫu in / Layout: tt06 (Thông tư 06/2023/TT-BNV, default) or 2c (Mẫu "
      + "2C-BNV/2008, 'Sơ yếu lý lịch 2C' for older records)";

  private final DossierService dossiers;
  private final ObjectProvider<NationalSyncStatus> syncStatus;

  DossierController(DossierService dossiers, ObjectProvider<NationalSyncStatus> syncStatus) {
    this.dossiers = dossiers;
    this.syncStatus = syncStatus;
  }

  @GetMapping("/me/dossier")
  @Operation(summary = "Hồ sơ của tôi / The caller's own dossier")
  DossierResponse mine(Principal user) {
    return response(dossiers.readOwn(user.getName(), "GET /api/me/dossier"));
  }

  @GetMapping("/dossiers/" + CCCD)
  @Operation(summary = "Hồ sơ theo số CCCD / A dossier: status, current data, current version number")
  DossierResponse one(@PathVariable String cccd, Principal user) {
    return response(dossiers.read(cccd, user.getName(), "GET /api/dossiers/{cccd}"));
  }

  @GetMapping("/dossiers/" + CCCD + "/history")
  @Operation(summary = "Lịch sử cập nhật / Update history")
  List<Map<String, Object>> history(@PathVariable String cccd, Principal user) {
    return dossiers.history(cccd, user.getName(), "GET /api/dossiers/{cccd}/history").stream()
        .map(DossierController::historyRow).toList();
  }

  @GetMapping("/dossiers/" + CCCD + "/versions/{n}")
  @Operation(summary = "Một phiên bản đã gửi / One submitted version")
  DossierVersionView version(@PathVariable String cccd, @PathVariable int n, Principal user) {
    return dossiers.version(cccd, n, user.getName(), "GET /api/dossiers/{cccd}/versions/{n}");
  }

  @GetMapping(path = "/dossiers/" + CCCD + "/versions/{n}/pdf", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Sơ yếu lý lịch (PDF/A) của một phiên bản / The official CV of a version as PDF/A-2b",
      description = "layout=tt06 (default): TT 06/2023 layout; the signed PDF once the head has signed; unsigned "
          + "versions other than the confirmed one awaiting the signature carry the mark BẢN NHÁP. layout=2c: the "
          + "'Sơ yếu lý lịch 2C' (Mẫu 2C-BNV/2008) for older records, never signed: BẢN NHÁP while the version is "
          + "unsigned; for a signed version rendered from the signed snapshot with a footer line saying the signed "
          + "document is the TT 06/2023 one. The same version and layout always give the same bytes. 400 for another "
          + "layout; 403 for a reader who may not see the sensitive fields. Errors are problem+json.")
  ResponseEntity<byte[]> versionPdf(@PathVariable String cccd, @PathVariable int n,
      @Parameter(description = LAYOUT) @RequestParam(defaultValue = "tt06") String layout, Principal user) {
    return pdf(dossiers.versionPdf(cccd, n, CvLayout.of(layout), user.getName(),
        "GET /api/dossiers/{cccd}/versions/{n}/pdf"));
  }

  @GetMapping(path = "/dossiers/" + CCCD + "/pdf", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Sơ yếu lý lịch (PDF/A) của bản đang khai / The official CV of the current draft",
      description = "Always marked BẢN NHÁP, in either layout (layout=tt06 default, layout=2c for the Mẫu "
          + "2C-BNV/2008). 400 for another layout; 403 for a reader who may not see the sensitive fields. Errors are "
          + "problem+json.")
  ResponseEntity<byte[]> currentPdf(@PathVariable String cccd,
      @Parameter(description = LAYOUT) @RequestParam(defaultValue = "tt06") String layout, Principal user) {
    return pdf(dossiers.currentPdf(cccd, CvLayout.of(layout), user.getName(), "GET /api/dossiers/{cccd}/pdf"));
  }

  @GetMapping("/dossiers/" + CCCD + "/versions/{a}/diff/{b}")
  @Operation(summary = "So sánh hai phiên bản / Field-level diff between two versions")
  Map<String, Object> diff(@PathVariable String cccd, @PathVariable int a, @PathVariable int b, Principal user) {
    VersionDiff diff = dossiers.diff(cccd, a, b, user.getName(), "GET /api/dossiers/{cccd}/versions/diff");
    return Map.of("cccd", cccd, "from", a, "to", b, "changes", diff.changes(), "redacted", diff.redacted());
  }

  @PostMapping(path = "/dossiers/" + CCCD + "/unlock", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Mở khóa hồ sơ đã xác nhận / Unlock a confirmed dossier",
      description = "Focal officers and heads of the dossier's unit or a unit above, Sở Nội vụ; never the owner. "
          + "Body {\"reason\": \"…\"} (required). Recorded in the history and the audit trail; cancels a running "
          + "signing of the dossier and starts a new declaration. 403 out of scope or not allowed, 409 not locked.")
  ResponseEntity<DossierResponse> unlock(@PathVariable String cccd, @RequestBody UnlockRequest body,
      Principal user) {
    dossiers.unlock(cccd, body.reason(), user.getName(), "POST /api/dossiers/{cccd}/unlock");
    return ResponseEntity.ok(response(dossiers.read(cccd, user.getName(), "POST /api/dossiers/{cccd}/unlock")));
  }

  @GetMapping("/dossiers/" + CCCD + "/changes")
  @Operation(summary = "Các thay đổi đã khai / Changes declared after confirmation")
  List<DossierChangeView> changes(@PathVariable String cccd, Principal user) {
    return dossiers.changes(cccd, user.getName(), "GET /api/dossiers/{cccd}/changes");
  }

  @GetMapping("/dossiers/" + CCCD + "/attachments")
  @Operation(summary = "Tài liệu đính kèm / Attached scanned documents")
  List<AttachmentView> attachments(@PathVariable String cccd, Principal user) {
    return dossiers.attachments(cccd, user.getName(), "GET /api/dossiers/{cccd}/attachments");
  }

  @PostMapping(path = "/dossiers/" + CCCD + "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Tải lên tài liệu chứng minh / Upload a scanned document (PDF, JPEG, PNG; max 10 MB)",
      description = "Linked to the dossier version made at the next submission. Only the dossier's owner.")
  ResponseEntity<AttachmentView> attach(@PathVariable String cccd, @RequestParam("file") MultipartFile file,
      @RequestParam String documentType, @RequestParam(required = false) @Nullable String fieldKey, Principal user)
      throws IOException {
    if (documentType.isBlank()) {
      throw new BusinessException("missingParameter", ErrorKind.INVALID, "documentType");
    }
    String name = file.getOriginalFilename() == null ? "tai-lieu" : file.getOriginalFilename();
    String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
    AttachmentView saved =
        dossiers.attach(cccd, new NewAttachment(documentType, fieldKey, name, type, file.getBytes()), user.getName());
    return ResponseEntity.status(201).body(saved);
  }

  @GetMapping(path = "/dossiers/" + CCCD + "/attachments/{id}", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Tải về một tài liệu / Download an attachment")
  ResponseEntity<byte[]> download(@PathVariable String cccd, @PathVariable String id, Principal user) {
    AttachmentContent content =
        dossiers.attachment(cccd, id, user.getName(), "GET /api/dossiers/{cccd}/attachments/{id}");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.metadata().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(content.metadata().fileName(), StandardCharsets.UTF_8)
                .build().toString())
        .body(content.data());
  }

  /** The dossier with the national-sync state of its latest signed version (read after the scope check). */
  private DossierResponse response(DossierView view) {
    NationalSyncStatus sync = syncStatus.getIfAvailable();
    return DossierResponse.of(view, sync == null ? null : sync.ofLatestSignedVersion(view.id()).orElse(null));
  }

  private static ResponseEntity<byte[]> pdf(CvPdf cv) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(cv.fileName()).build().toString())
        .body(cv.content());
  }

  private static Map<String, Object> historyRow(HistoryEntry h) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", h.at());
    row.put("actor", h.actor());
    row.put("action", h.action().labelVi());
    row.put("actionCode", h.action().name());
    row.put("status", h.status().labelVi());
    row.put("statusCode", h.status().name());
    row.put("versionNumber", h.versionNumber());
    row.put("note", h.note());
    return row;
  }

}
