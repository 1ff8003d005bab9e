package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Retirement age under normal working conditions and the retirement date, per Bộ luật Lao động 2019 (Labour Code,
 * Law 45/2019/QH14) Art. 169 cl. 2 and Nghị định 135/2020/NĐ-CP (in force 01/01/2021):
 *
 * <ul>
 *   <li>Art. 4: from 2021 men retire at 60 years 3 months, then 3 months more each year up to 62 in 2028; women at
 *       55 years 4 months, then 4 months more each year up to 60 in 2035. Before 2021 (Labour Code 2012 Art. 187):
 *       men 60, women 55.</li>
 *   <li>Art. 3 cl. 1: the retirement time is the end of the last day of the month in which the person reaches the
 *       retirement age (the first day of the next month is when the pension starts, cl. 2). Cl. 3: with only the year
 *       of birth known, 1 January of that year counts; a known month counts from its first day. The day of birth
 *       therefore never matters, only its month.</li>
 *   <li>Appendix I tabulates the result per month of birth (e.g. a man born 01/1961 retires at 60 years 3 months,
 *       pension from 05/2021; a woman born 01/1970 at 57 years 4 months, pension from 06/2027);
 *       {@code RetirementAgeTest} checks rows of that table.</li>
 * </ul>
 *
 * <p>The age that applies is the one of the year in which the person reaches it: the first year Y in which birth
 * month + age(Y) falls in Y. Pure and stateless.
 */
public final class RetirementAge {

  /** First year of the stepwise schedule. */
  public static final int SCHEDULE_START = 2021;

  private RetirementAge() {}

  /** Men and women, as the schedule distinguishes them. */
  public enum Sex {
    MALE(60 * 12, 60 * 12 + 3, 3, 62 * 12),
    FEMALE(55 * 12, 55 * 12 + 4, 4, 60 * 12);

    private final int before2021Months;
    private final int in2021Months;
    private final int stepMonths;
    private final int finalMonths;

    Sex(int before2021Months, int in2021Months, int stepMonths, int finalMonths) {
      this.before2021Months = before2021Months;
      this.in2021Months = in2021Months;
      this.stepMonths = stepMonths;
      this.finalMonths = finalMonths;
    }

    /** The sex of a dossier's {@code gender} value ({@code Nam} / {@code Nữ}); anything else is refused. */
    public static Sex ofGender(String gender) {
      return switch (gender.strip()) {
        case "Nam" -> MALE;
        case "Nữ" -> FEMALE;
        default -> throw new IllegalArgumentException("gender " + gender);
      };
    }

    /** The dossier's {@code gender} value. */
    public String gender() {
      return this == MALE ? "Nam" : "Nữ";
    }
  }

  /** The retirement age in months for someone reaching it in {@code year}. */
  public static int ageInMonths(Sex sex, int year) {
    Objects.requireNonNull(sex, "sex");
    if (year < SCHEDULE_START) {
      return sex.before2021Months;
    }
    return Math.min(sex.finalMonths, sex.in2021Months + (year - SCHEDULE_START) * sex.stepMonths);
  }

  /** The month in which a person born in {@code birthMonth} reaches their retirement age. */
  public static YearMonth retirementMonth(Sex sex, YearMonth birthMonth) {
    // reach(Y) = birth + age(Y) grows by at most 4 months a year while Y grows by 12: the first year Y whose reach
    // is not after Y is the year the age is reached (the year before, the reach still lay after that year).
    for (int year = birthMonth.getYear() + 50; ; year++) {
      YearMonth reach = birthMonth.plusMonths(ageInMonths(sex, year));
      if (reach.getYear() <= year) {
        return reach;
      }
    }
  }

  /** The retirement date: the last day of the month in which the age is reached (Nghị định 135/2020, Art. 3). */
  public static LocalDate retirementDate(Sex sex, LocalDate dateOfBirth) {
    return retirementMonth(sex, YearMonth.from(dateOfBirth)).atEndOfMonth();
  }

  /**
   * The dates of birth of the people of one sex who retire in {@code year}: from the first day of the first month to
   * the last day of the last month (both included), so a list can query by date of birth.
   */
  public static BirthRange birthsRetiringIn(Sex sex, int year) {
    // retiring in Y: birth + age(Y) <= December Y, and the year before the age was not yet reached in Y - 1, i.e.
    // birth + age(Y - 1) >= January Y.
    YearMonth first = YearMonth.of(year, 1).minusMonths(ageInMonths(sex, year - 1));
    YearMonth last = YearMonth.of(year, 12).minusMonths(ageInMonths(sex, year));
    return new BirthRange(first.atDay(1), last.atEndOfMonth());
  }

  /** Dates of birth from {@code first} to {@code last}, both included. */
  public record BirthRange(LocalDate first, LocalDate last) {

    public BirthRange {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("empty range " + first + ".." + last);
      }
    }

    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }
}
