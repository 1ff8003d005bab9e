package vn.gov.hoso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.hoso.dossier.RetirementAge.Sex;

/**
 * Rows of Appendix I of Nghị định 135/2020/NĐ-CP ("Lộ trình điều chỉnh tuổi nghỉ hưu đối với người lao động trong
 * điều kiện lao động bình thường"): month of birth → retirement age → month the pension starts (the month after the
 * retirement date, Art. 3 cl. 2). The first and the last month of birth of every step, for both sexes, plus the years
 * before the schedule (Labour Code 2012: 60 / 55) and after the plateau (62 from 2028, 60 from 2035).
 */
class RetirementAgeTest {

  @ParameterizedTest(name = "{0} born {1}: {2}y{3}m, pension from {4}")
  @CsvSource({
      // before the schedule
      "MALE, 1960-01, 60, 0, 2020-02",
      "MALE, 1960-12, 60, 0, 2021-01",
      // Appendix I, men
      "MALE, 1961-01, 60, 3, 2021-05",
      "MALE, 1961-09, 60, 3, 2022-01",
      "MALE, 1961-10, 60, 6, 2022-05",
      "MALE, 1962-06, 60, 6, 2023-01",
      "MALE, 1962-07, 60, 9, 2023-05",
      "MALE, 1963-03, 60, 9, 2024-01",
      "MALE, 1963-04, 61, 0, 2024-05",
      "MALE, 1963-12, 61, 0, 2025-01",
      "MALE, 1964-01, 61, 3, 2025-05",
      "MALE, 1964-09, 61, 3, 2026-01",
      "MALE, 1964-10, 61, 6, 2026-05",
      "MALE, 1965-06, 61, 6, 2027-01",
      "MALE, 1965-07, 61, 9, 2027-05",
      "MALE, 1966-03, 61, 9, 2028-01",
      "MALE, 1966-04, 62, 0, 2028-05",
      // after the plateau
      "MALE, 1970-05, 62, 0, 2032-06",
      "MALE, 1990-12, 62, 0, 2053-01",
      // before the schedule
      "FEMALE, 1965-01, 55, 0, 2020-02",
      "FEMALE, 1965-12, 55, 0, 2021-01",
      // Appendix I, women
      "FEMALE, 1966-01, 55, 4, 2021-06",
      "FEMALE, 1966-08, 55, 4, 2022-01",
      "FEMALE, 1966-09, 55, 8, 2022-06",
      "FEMALE, 1967-04, 55, 8, 2023-01",
      "FEMALE, 1967-05, 56, 0, 2023-06",
      "FEMALE, 1967-12, 56, 0, 2024-01",
      "FEMALE, 1968-01, 56, 4, 2024-06",
      "FEMALE, 1968-08, 56, 4, 2025-01",
      "FEMALE, 1968-09, 56, 8, 2025-06",
      "FEMALE, 1969-04, 56, 8, 2026-01",
      "FEMALE, 1969-05, 57, 0, 2026-06",
      "FEMALE, 1969-12, 57, 0, 2027-01",
      "FEMALE, 1970-01, 57, 4, 2027-06",
      "FEMALE, 1970-08, 57, 4, 2028-01",
      "FEMALE, 1970-09, 57, 8, 2028-06",
      "FEMALE, 1971-04, 57, 8, 2029-01",
      "FEMALE, 1971-05, 58, 0, 2029-06",
      "FEMALE, 1973-01, 58, 8, 2031-10",
      "FEMALE, 1974-08, 59, 4, 2034-01",
      "FEMALE, 1974-09, 59, 8, 2034-06",
      "FEMALE, 1975-04, 59, 8, 2035-01",
      "FEMALE, 1975-05, 60, 0, 2035-06",
      // after the plateau
      "FEMALE, 1980-03, 60, 0, 2040-04",
      "FEMALE, 2002-08, 60, 0, 2062-09"})
  void matchesAppendixIWhenGivenAMonthOfBirth(Sex sex, String born, int years, int months, String pensionFrom) {
    YearMonth birth = YearMonth.parse(born);
    YearMonth pension = YearMonth.parse(pensionFrom);
    YearMonth retirement = RetirementAge.retirementMonth(sex, birth);

    assertThat(retirement).isEqualTo(pension.minusMonths(1));
    assertThat(RetirementAge.ageInMonths(sex, retirement.getYear())).isEqualTo(years * 12 + months);
    assertThat(RetirementAge.retirementDate(sex, birth.atDay(1))).isEqualTo(retirement.atEndOfMonth());
    assertThat(RetirementAge.retirementDate(sex, birth.atEndOfMonth())).isEqualTo(retirement.atEndOfMonth());
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "MALE, 2020, 720", "MALE, 2021, 723", "MALE, 2024, 732", "MALE, 2027, 741", "MALE, 2028, 744",
      "MALE, 2040, 744", "FEMALE, 2020, 660", "FEMALE, 2021, 664", "FEMALE, 2027, 688", "FEMALE, 2034, 716",
      "FEMALE, 2035, 720", "FEMALE, 2050, 720"})
  void stepsTheAgeByYearAsArticle4Says(Sex sex, int year, int months) {
    assertThat(RetirementAge.ageInMonths(sex, year)).isEqualTo(months);
  }

  @Test
  void birthRangeOfAYearHoldsExactlyThePeopleRetiringThatYear() {
    for (Sex sex : Sex.values()) {
      for (int year = 2018; year <= 2040; year++) {
        RetirementAge.BirthRange range = RetirementAge.birthsRetiringIn(sex, year);
        for (YearMonth birth = YearMonth.of(1955, 1); birth.isBefore(YearMonth.of(1985, 1));
            birth = birth.plusMonths(1)) {
          LocalDate born = birth.atDay(15);
          boolean retiresThatYear = RetirementAge.retirementDate(sex, born).getYear() == year;
          assertThat(range.contains(born)).as("%s born %s retiring in %d", sex, birth, year)
              .isEqualTo(retiresThatYear);
        }
      }
    }
  }

  @Test
  void birthRangesOf2027AreThoseOfAppendixI() {
    assertThat(RetirementAge.birthsRetiringIn(Sex.MALE, 2027))
        .isEqualTo(new RetirementAge.BirthRange(LocalDate.of(1965, 7, 1), LocalDate.of(1966, 3, 31)));
    assertThat(RetirementAge.birthsRetiringIn(Sex.FEMALE, 2027))
        .isEqualTo(new RetirementAge.BirthRange(LocalDate.of(1970, 1, 1), LocalDate.of(1970, 8, 31)));
  }

  @Test
  void readsTheDossierGenderValues() {
    assertThat(Sex.ofGender("Nam")).isEqualTo(Sex.MALE);
    assertThat(Sex.ofGender("Nữ")).isEqualTo(Sex.FEMALE);
    assertThat(Sex.FEMALE.gender()).isEqualTo("Nữ");
  }
}
