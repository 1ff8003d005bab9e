package vn.gov.hoso.calendar;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The monthly signing windows of the three tiers.
 *
 * <ul>
 *   <li>{@link SigningTier#BASE}: calendar days 20, 21 and 22 of the month;
 *   <li>{@link SigningTier#DEPARTMENT}: calendar days 23, 24 and 25;
 *   <li>{@link SigningTier#PROVINCE}: the last five working days of the month.
 * </ul>
 *
 * <p>For the two tiers defined by calendar days, the window is made of the <em>working days</em> among those dates:
 * it opens on the first of them and closes on the last (a day off in between stays a day off). When none of the
 * three dates is a working day, the window is the single first working day after the last date (e.g. 23 for the
 * base tier), which may coincide with the next tier's window.
 */
public interface SigningWindows {

  SigningWindow window(SigningTier tier, YearMonth month);

  /**
   * The window of this tier that is open at {@code now}, or else the next one to open: the earliest of the windows
   * of the previous, the current and the next month (Vietnam time) that has not closed at {@code now}. A process
   * that waits for the opening and is due at the close uses this window.
   */
  SigningWindow current(SigningTier tier, Instant now);

  /** 00:00 of the window's first day, Vietnam time. */
  Instant opensAt(SigningTier tier, YearMonth month);

  /** 24:00 of the window's last day, Vietnam time (00:00 of the following day). */
  Instant closesAt(SigningTier tier, YearMonth month);
}
