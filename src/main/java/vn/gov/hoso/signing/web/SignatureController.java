package vn.gov.hoso.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.signing.DossierSigning;
import vn.gov.hoso.signing.VersionSignatures;

/** Validation of a signed dossier version, in the caller's scope and audited like every dossier read. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ký số", description = "Digital signatures of dossier versions")
class SignatureController {

  private final DossierSigning signing;

  SignatureController(DossierSigning signing) {
    this.signing = signing;
  }

  @GetMapping("/dossiers/{cccd:\\d{12}}/versions/{n}/signature")
  @Operation(summary = "Kết quả kiểm tra chữ ký số của một phiên bản / Validation of a version's signatures",
      description = "Validates, now and offline against the configured trust anchors, the PAdES signature inside the "
          + "stored PDF and the detached JAdES over the canonical JSON of the stored snapshot: indication, "
          + "sub-indication, signer, signing time, format. 404 problem+json when the version is not signed.")
  VersionSignatures signature(@PathVariable String cccd, @PathVariable int n, Principal user) {
    return signing.validate(cccd, n, user.getName(), "GET /api/dossiers/{cccd}/versions/{n}/signature");
  }
}
