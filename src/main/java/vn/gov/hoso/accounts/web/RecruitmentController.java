package vn.gov.hoso.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.accounts.DecisionDocument;
import vn.gov.hoso.accounts.IssuedActivation;
import vn.gov.hoso.accounts.NewRecruitment;
import vn.gov.hoso.accounts.RecruitmentView;

/** Recruitment decisions in, activation links and disabling out. Focal officers in scope and administrators only. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tài khoản", description = "Accounts: recruitment decisions, activation links, disabling on exit")
class RecruitmentController {

  private final AccountService accounts;

  RecruitmentController(AccountService accounts) {
    this.accounts = accounts;
  }

  @PostMapping(path = "/recruitments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Nhận quyết định tuyển dụng, bắt đầu cấp tài khoản / Receive a recruitment decision and start "
      + "account provisioning (part 'recruitment': JSON; part 'decision': the scanned decision, PDF/JPEG/PNG ≤ 10 MB)")
  ResponseEntity<RecruitmentView> receive(@Valid @RequestPart("recruitment") NewRecruitment recruitment,
      @RequestPart("decision") MultipartFile decision, Principal user) throws IOException {
    String type = Objects.requireNonNullElse(decision.getContentType(), "application/octet-stream");
    String name = Objects.requireNonNullElse(decision.getOriginalFilename(), "quyet-dinh");
    RecruitmentView received =
        accounts.receive(recruitment, new DecisionDocument(name, type, decision.getBytes()), user.getName());
    return ResponseEntity.created(URI.create("/api/recruitments/" + received.id())).body(received);
  }

  @GetMapping("/recruitments/{id}")
  @Operation(summary = "Một quyết định tuyển dụng / A recruitment")
  RecruitmentView recruitment(@PathVariable String id, Principal user) {
    return accounts.recruitment(id, user.getName(), "GET /api/recruitments/{id}");
  }

  @GetMapping(path = "/recruitments/{id}/decision", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Bản quét quyết định tuyển dụng / The scanned decision")
  ResponseEntity<byte[]> decision(@PathVariable String id, Principal user) {
    DecisionDocument document = accounts.decisionDocument(id, user.getName(), "GET /api/recruitments/{id}/decision");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.data());
  }

  @PostMapping("/accounts/{username}/activation")
  @Operation(summary = "Cấp liên kết kích hoạt dùng một lần (chỉ hiện một lần) / Issue a single-use activation link "
      + "(shown once) for an account without password")
  ResponseEntity<ActivationLink> activation(@PathVariable String username, Principal user) {
    IssuedActivation issued = accounts.issueActivation(username, user.getName());
    return ResponseEntity.status(201).header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(new ActivationLink(issued.username(), issued.path(), issued.expiresAt(), issued.style().name()));
  }

  @PostMapping(path = "/accounts/{username}/disable", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Khóa tài khoản khi nghỉ việc, bàn giao việc đang giao / Disable an account on exit and hand "
      + "its open tasks over to the unit's focal officers")
  Disabled disable(@PathVariable String username, @Valid @RequestBody DisableRequest request, Principal user) {
    return new Disabled(username, accounts.disable(username, request.reason(), user.getName()));
  }

  /** The activation path ({@code /activate/{token}}), returned once. */
  record ActivationLink(String username, String activationPath, Instant expiresAt, String style) {}

  record DisableRequest(@Nullable @NotBlank @Size(max = 2000) String reason) {}

  record Disabled(String username, int handedOverTasks) {}
}
