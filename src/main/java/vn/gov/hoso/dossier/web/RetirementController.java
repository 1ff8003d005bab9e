package vn.gov.hoso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.dossier.Retirement;
import vn.gov.hoso.dossier.RetirementService;

/** Upcoming retirements of the caller's scope. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Nghỉ hưu", description = "Upcoming retirements (Nghị định 135/2020/NĐ-CP)")
class RetirementController {

  private final RetirementService retirements;

  RetirementController(RetirementService retirements) {
    this.retirements = retirements;
  }

  @GetMapping("/retirements")
  @Operation(summary = "Danh sách người đến tuổi nghỉ hưu trong năm / People reaching retirement age in a year",
      description = "Each row: cccd, fullName, gender, dateOfBirth, retirementDate (the last day of the month in which "
          + "the person reaches the retirement age, Nghị định 135/2020/NĐ-CP Art. 3), unitId; sorted by "
          + "retirementDate. unitId: a unit of the caller's scope whose subtree is listed (default: the caller's "
          + "whole scope). 400 for a year outside 1900–2199, 403 for a unit outside the scope.")
  List<Retirement> list(@RequestParam int year, @RequestParam(required = false) @Nullable String unitId,
      Principal user) {
    return retirements.retirements(year, unitId, user.getName(), "GET /api/retirements");
  }
}
