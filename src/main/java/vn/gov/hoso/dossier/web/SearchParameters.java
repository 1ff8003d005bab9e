package vn.gov.hoso.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.dossier.DossierCriteria;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.EmploymentStatus;

/** Turns the query parameters of the search and the export into {@link DossierCriteria}; 400 {@code badParameter}. */
final class SearchParameters {

  /** The criteria's parameters, as the OpenAPI description lists them. */
  static final String DESCRIPTION = "All optional, combined with AND, always inside the caller's scope. "
      + "q: part of the name without or with diacritics (\"Nguyen Thi Thuy\" finds \"Nguyễn Thị Thủy\", đ = d), or "
      + "the beginning of a CCCD (digits); unitId: a unit whose subtree is searched; personnelCategory: Cán bộ, Công "
      + "chức, Viên chức, Người lao động; rankOrTitleCode: ngạch or chức danh nghề nghiệp code (01.003, V.07.03.29); "
      + "salaryGroup (A0 … C3) and salaryStep; educationLevel: TSKH, TS, ThS, Đại học, Cao đẳng, Trung cấp, Sơ cấp; "
      + "politicalTheoryLevel: Cử nhân, Cao cấp, Trung cấp, Sơ cấp; ageFrom/ageTo: age in years today; gender: Nam, "
      + "Nữ; ethnicityCode, religionCode: catalog codes; partyMember: true/false; status: DRAFT, SUBMITTED, REJECTED, "
      + "CONFIRMED, SIGNED or the Vietnamese label; employmentStatus: ACTIVE, SECONDED, TRANSFERRED_OUT, RETIRED, "
      + "RESIGNED, DISMISSED, DECEASED or the Vietnamese label; recruitedFrom/recruitedTo (firstRecruitmentDate), "
      + "appointedFrom/appointedTo (positionAppointedDate), signedFrom/signedTo (last signature): YYYY-MM-DD, "
      + "inclusive; archived: true (archive only) or false (active only). A value that does not parse is 400 "
      + "badParameter (problem+json, vi/en).";

  private SearchParameters() {}

  static DossierCriteria criteria(Map<String, String> p, LocalDate today) {
    return new DossierCriteria(text(p, "unitId"), text(p, "q"), text(p, "personnelCategory"),
        text(p, "rankOrTitleCode"), text(p, "salaryGroup"), integer(p, "salaryStep"), text(p, "educationLevel"),
        text(p, "politicalTheoryLevel"), integer(p, "ageFrom"), integer(p, "ageTo"), text(p, "gender"),
        text(p, "ethnicityCode"), text(p, "religionCode"), bool(p, "partyMember"), status(p), employment(p),
        date(p, "recruitedFrom"), date(p, "recruitedTo"), date(p, "appointedFrom"), date(p, "appointedTo"),
        date(p, "signedFrom"), date(p, "signedTo"), bool(p, "archived"), today);
  }

  static int integer(Map<String, String> p, String name, int fallback) {
    Integer value = integer(p, name);
    return value == null ? fallback : value;
  }

  static @Nullable String text(Map<String, String> p, String name) {
    String value = p.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static @Nullable Integer integer(Map<String, String> p, String name) {
    String value = text(p, name);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw bad(name, value);
    }
  }

  private static @Nullable Boolean bool(Map<String, String> p, String name) {
    String value = text(p, name);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(name, value);
    };
  }

  private static @Nullable LocalDate date(Map<String, String> p, String name) {
    String value = text(p, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw bad(name, value);
    }
  }

  private static @Nullable DossierStatus status(Map<String, String> p) {
    String value = text(p, "status");
    return value == null ? null : Arrays.stream(DossierStatus.values())
        .filter(s -> s.name().equalsIgnoreCase(value) || s.labelVi().equalsIgnoreCase(value)).findFirst()
        .orElseThrow(() -> bad("status", value));
  }

  private static @Nullable EmploymentStatus employment(Map<String, String> p) {
    String value = text(p, "employmentStatus");
    return value == null ? null : Arrays.stream(EmploymentStatus.values())
        .filter(s -> s.name().equalsIgnoreCase(value) || s.labelVi().equalsIgnoreCase(value)).findFirst()
        .orElseThrow(() -> bad("employmentStatus", value));
  }

  static BusinessException bad(String name, String value) {
    return new BusinessException("badParameter", ErrorKind.INVALID, name, value);
  }
}
