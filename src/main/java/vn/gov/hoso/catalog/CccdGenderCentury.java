package vn.gov.hoso.catalog;

import java.util.Objects;

/** Meaning of the 4th digit of a CCCD number: gender and the range of birth years it stands for. */
public record CccdGenderCentury(int digit, String gender, int birthYearFrom, int birthYearTo) {

  public CccdGenderCentury {
    Objects.requireNonNull(gender, "gender");
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("digit " + digit);
    }
  }

  public boolean covers(int birthYear) {
    return birthYear >= birthYearFrom && birthYear <= birthYearTo;
  }
}
