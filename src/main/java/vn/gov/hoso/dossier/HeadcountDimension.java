package vn.gov.hoso.dossier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * What a headcount is grouped by (parameter {@code by}) and which people it counts: {@code rank} the civil-servant
 * ranks (ngạch) of cán bộ and công chức, {@code title} the professional titles (chức danh nghề nghiệp) of viên chức,
 * the others everybody.
 */
public enum HeadcountDimension {
  RANK("rank", "rankOrTitleCode", List.of("Cán bộ", "Công chức")),
  TITLE("title", "rankOrTitleCode", List.of("Viên chức")),
  POSITION("position", "jobPosition", List.of()),
  AGE_BAND("ageBand", "dateOfBirth", List.of()),
  GENDER("gender", "gender", List.of()),
  ETHNICITY("ethnicity", "ethnicityCode", List.of()),
  EDUCATION("education", "educationLevel", List.of()),
  POLITICAL_THEORY("politicalTheory", "politicalTheoryLevel", List.of());

  private final String parameter;
  private final String attribute;
  private final List<String> categories;

  HeadcountDimension(String parameter, String attribute, List<String> categories) {
    this.parameter = parameter;
    this.attribute = attribute;
    this.categories = categories;
  }

  /** The value of parameter {@code by}. */
  public String parameter() {
    return parameter;
  }

  /** The entity attribute grouped by (whitelisted: never from the request). */
  String attribute() {
    return attribute;
  }

  /** The personnel categories counted; empty: all. */
  public List<String> categories() {
    return categories;
  }

  /** @throws BusinessException {@code badParameter} for an unknown value */
  public static HeadcountDimension of(@Nullable String value) {
    return Arrays.stream(values()).filter(d -> d.parameter.equalsIgnoreCase(String.valueOf(value).strip()))
        .findFirst().orElseThrow(() -> new BusinessException("badParameter", ErrorKind.INVALID, "by",
            String.valueOf(value).toLowerCase(Locale.ROOT)));
  }
}
