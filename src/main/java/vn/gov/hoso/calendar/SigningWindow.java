package vn.gov.hoso.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A monthly signing window: signing is open from 00:00 of {@code opens} to 24:00 of {@code closes}, Vietnam time.
 * Both dates are working days.
 *
 * @param opens first working day of the window
 * @param closes last working day of the window, not before {@code opens}
 * @param tier who signs
 * @param month the month the window belongs to ({@code opens} is never before it)
 */
public record SigningWindow(LocalDate opens, LocalDate closes, SigningTier tier, YearMonth month) {

  public SigningWindow {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(month, "month");
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException("window closes " + closes + " before it opens " + opens);
    }
    if (YearMonth.from(opens).isBefore(month)) {
      throw new IllegalArgumentException("window of " + month + " opens in an earlier month: " + opens);
    }
  }
}
