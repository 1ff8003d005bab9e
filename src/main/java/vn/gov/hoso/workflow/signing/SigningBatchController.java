package vn.gov.hoso.workflow.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/signing/batches}: a head signs many dossiers of the signing window with one PIN entry. */
@RestController
@RequestMapping(path = "/api/signing/batches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ký số", description = "Digital signatures of dossier versions")
class SigningBatchController {

  private final SigningBatches batches;

  SigningBatchController(SigningBatches batches) {
    this.batches = batches;
  }

  /**
   * Body of {@code POST}: the dossiers (CCCD) whose signing tasks to sign, all open ones of the caller when absent or
   * empty; the PIN of the caller's key (used once, never stored).
   */
  record StartBatch(@Nullable List<String> dossierIds, @NotBlank @Size(max = 64) String pin) {

    @Override
    public String toString() {
      return "StartBatch[dossierIds=" + dossierIds + ", pin=***]";
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Ký số theo lô / Sign many dossiers with one PIN entry",
      description = "Signs the caller's open 'Ký số phê duyệt' tasks of the listed dossiers (all when none listed) in "
          + "the background, each with its own signatures; a failure on one does not stop the others. A wrong PIN "
          + "fails at once (problem+json). Follow the progress with GET /api/signing/batches/{id}.")
  SigningBatch start(@Valid @RequestBody StartBatch body, Principal user) {
    return batches.start(user.getName(), body.dossierIds(), body.pin().toCharArray());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Tiến độ ký theo lô / Progress of a signing batch",
      description = "total, done, failed, finished, and per dossier its state (PENDING, SIGNED, FAILED) and the "
          + "reason of a failure in Vietnamese and English. Only the batch's signer sees it.")
  SigningBatch progress(@PathVariable String id, Principal user) {
    return batches.progress(id, user.getName());
  }
}
