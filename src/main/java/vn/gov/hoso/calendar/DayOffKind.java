package vn.gov.hoso.calendar;

/** Why a date appears in a year's schedule (the {@code kind} column of {@code official-days-off.csv}). */
public enum DayOffKind {
  /** A statutory public holiday (Labour Code Art. 112 cl. 1); listed even when it falls on a weekend. */
  HOLIDAY,
  /** A weekday off that compensates a holiday falling on Saturday or Sunday (Art. 111 cl. 3). */
  COMPENSATORY,
  /** A weekday given off by a swap announced for the year; it is made up on a {@link #SWAPPED_WORKDAY}. */
  SWAPPED_OFF,
  /** A weekend day worked to make up for a {@link #SWAPPED_OFF} day: it is a working day. */
  SWAPPED_WORKDAY;

  /** Whether a date of this kind is a day off (every kind except {@link #SWAPPED_WORKDAY}). */
  public boolean isDayOff() {
    return this != SWAPPED_WORKDAY;
  }
}
