package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.gov.hoso.dossier.DossierService;

/**
 * The page where an employee uploads the photo and the scanned evidence (form-js 1.8 in Tasklist has no file
 * picker). It lives under /api, so the browser asks for the same account as Tasklist and sends it with the upload.
 */
@RestController
class UploadPageController {

  private final DossierService dossiers;

  UploadPageController(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @GetMapping(path = "/api/me/upload", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "Trang tải ảnh và tài liệu chứng minh / Upload page for the photo and evidence scans")
  String page(Principal user) throws IOException {
    dossiers.requireOwnDossier(user.getName());
    try (InputStream in = new ClassPathResource("web/upload.html").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{{cccd}}", HtmlUtils.htmlEscape(user.getName()));
    }
  }
}
