package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.organisation.web.AdministratorOnly;
import vn.gov.hoso.dossier.DossierEncryption;
import vn.gov.hoso.dossier.EncryptionStatus;
import vn.gov.hoso.dossier.RotationResult;

/** Encryption at rest of the sensitive fields, for the Sở Nội vụ administrator (403 for everyone else). */
@RestController
@RequestMapping(path = "/api/admin/crypto", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Mã hóa", description = "Encryption at rest: status and re-encryption after a key rotation")
@AdministratorOnly
class EncryptionAdminController {

  private final DossierEncryption encryption;

  EncryptionAdminController(DossierEncryption encryption) {
    this.encryption = encryption;
  }

  @GetMapping
  @Operation(summary = "Tình trạng mã hóa / Active key and stored rows per key")
  EncryptionStatus status(Principal user) {
    return encryption.status(user.getName());
  }

  @PostMapping("/rotate")
  @Operation(summary = "Mã hóa lại bằng khóa hiện hành / Re-encrypt everything to the active key",
      description = "In batches, each committed on its own; safe to repeat after an interruption. remaining = 0 "
          + "when every row is under the active key.")
  RotationResult rotate(Principal user) {
    return encryption.rotate(user.getName(), "POST /api/admin/crypto/rotate");
  }
}
