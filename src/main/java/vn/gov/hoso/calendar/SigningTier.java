package vn.gov.hoso.calendar;

/** Who signs in a monthly signing window. */
public enum SigningTier {
  /** Heads of base units: calendar days 20–22 of the month. */
  BASE,
  /** Heads of departments and communes: calendar days 23–25 of the month. */
  DEPARTMENT,
  /** The director of the provincial Sở Nội vụ: the last five working days of the month. */
  PROVINCE
}
