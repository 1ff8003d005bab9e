package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.ArchivedDossier;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.dossier.EmploymentStatus;
import vn.gov.hoso.dossier.ExitKind;

/** The permanent archive: dossiers of people who left (scoped, audited). Each dossier is read on the dossier API. */
@RestController
@RequestMapping(path = "/api/archive", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lưu trữ", description = "The permanent archive of dossiers of people who left")
class ArchiveController {

  private final DossierArchive archive;

  ArchiveController(DossierArchive archive) {
    this.archive = archive;
  }

  @GetMapping
  @Operation(summary = "Hồ sơ lưu trữ / Archived dossiers in the caller's scope",
      description = "Focal officers and heads (their unit's subtree), the Sở Nội vụ administrator and director (the "
          + "province); 403 for everyone else. unitId: a unit whose subtree is listed; kind: retirement, "
          + "resignation, dismissal, death, transfer-out or a status code (RETIRED, RESIGNED, DISMISSED, DECEASED, "
          + "TRANSFERRED_OUT); q: part of the name (diacritics ignored) or the beginning of a CCCD. Newest first. "
          + "An archived dossier is read (read-only) with GET /api/dossiers/{cccd} and its versions, PDFs and "
          + "signatures as any other.")
  Map<String, Object> list(@RequestParam(required = false) @Nullable String unitId,
      @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Principal user) {
    Page<ArchivedDossier> result =
        archive.archived(unitId, status(kind), q, page, size, user.getName(), "GET /api/archive");
    return Map.of("items", result.getContent().stream().map(ArchiveController::row).toList(), "page", page,
        "size", size, "totalItems", result.getTotalElements(), "totalPages", result.getTotalPages());
  }

  private static @Nullable EmploymentStatus status(@Nullable String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    String value = kind.trim();
    if (value.equalsIgnoreCase("transfer-out")) {
      return EmploymentStatus.TRANSFERRED_OUT;
    }
    return Arrays.stream(ExitKind.values()).filter(k -> k.code().equalsIgnoreCase(value)).map(ExitKind::status)
        .findFirst()
        .or(() -> Arrays.stream(EmploymentStatus.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst())
        .filter(EmploymentStatus::endsEmployment)
        .orElseThrow(() -> new BusinessException("badParameter", ErrorKind.INVALID, "kind",
            value.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, Object> row(ArchivedDossier a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("cccd", a.id());
    row.put("fullName", a.fullName() == null ? "" : a.fullName());
    row.put("gender", a.gender() == null ? "" : a.gender());
    row.put("dateOfBirth", a.dateOfBirth() == null ? "" : a.dateOfBirth().toString());
    row.put("unitId", a.unitId());
    row.put("employmentStatus", a.employmentStatus().labelVi());
    row.put("employmentStatusCode", a.employmentStatus().name());
    row.put("currentVersion", a.currentVersion());
    row.put("archivedAt", a.archivedAt().toString());
    return row;
  }
}
