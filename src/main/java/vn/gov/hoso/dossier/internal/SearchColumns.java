package vn.gov.hoso.dossier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.common.VietnameseText;

/**
 * Extracts {@link SearchFields} from a dossier's full content (called wherever the dossier's content is stored, and by
 * the startup back-fill). Never fails: a value that does not parse is left empty (validation reports it elsewhere).
 */
@Component
public class SearchColumns {

  /** Political theory levels, highest first, as {@code politicalTheoryLevel} writes them. */
  static final List<String> POLITICAL_THEORY_LEVELS = List.of("Cử nhân", "Cao cấp", "Trung cấp", "Sơ cấp");

  private final CatalogService catalogs;

  public SearchColumns(CatalogService catalogs) {
    this.catalogs = catalogs;
  }

  public SearchFields extract(JsonNode content) {
    String rank = text(content, "rankOrTitleCode");
    RankOrTitle known = rank == null ? null : catalogs.rankOrTitle(rank).orElse(null);
    String code = known != null ? known.code() : rank;
    String group = known == null || known.salaryGroup().isBlank() ? null : known.salaryGroup();
    String jobPosition = text(content, "jobPositionCode");
    return new SearchFields(code, group, integer(content.get("salaryStep")),
        text(content.path("highestQualification"), "level"), politicalTheoryLevel(content.path(
            "politicalTheoryTraining")), text(content, "ethnicityCode"), text(content, "religionCode"),
        date(text(content, "partyAdmissionDate")) != null, date(text(content, "firstRecruitmentDate")),
        date(text(content, "positionAppointedDate")),
        jobPosition != null ? jobPosition : text(content, "jobPositionName"));
  }

  /** The highest level named in the certificates of table 32.2 (diacritics and case ignored). */
  static @Nullable String politicalTheoryLevel(JsonNode rows) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (JsonNode row : rows) {
      String certificate = text(row, "certificate");
      if (certificate == null) {
        continue;
      }
      String folded = VietnameseText.fold(certificate);
      for (int i = 0; i < POLITICAL_THEORY_LEVELS.size() && i < bestRank; i++) {
        if (folded.contains(VietnameseText.fold(POLITICAL_THEORY_LEVELS.get(i)))) {
          best = POLITICAL_THEORY_LEVELS.get(i);
          bestRank = i;
        }
      }
    }
    return best;
  }

  private static @Nullable String text(JsonNode content, String field) {
    JsonNode value = content.get(field);
    return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().trim() : null;
  }

  private static @Nullable Integer integer(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.canConvertToInt()) {
      return value.asInt();
    }
    try {
      return Integer.valueOf(value.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
