package vn.gov.hoso.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.gov.hoso.calendar.SigningTier;
import vn.gov.hoso.calendar.SigningWindow;
import vn.gov.hoso.calendar.SigningWindows;
import vn.gov.hoso.calendar.WorkingCalendar;

/** {@link SigningWindows} computed from the {@link WorkingCalendar}; see the interface for the rules. */
@Service
class WorkingDaySigningWindows implements SigningWindows {

  private static final int PROVINCE_WORKING_DAYS = 5;

  private final WorkingCalendar calendar;

  WorkingDaySigningWindows(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public SigningWindow window(SigningTier tier, YearMonth month) {
    return switch (tier) {
      case BASE -> calendarDaysWindow(tier, month, 20, 22);
      case DEPARTMENT -> calendarDaysWindow(tier, month, 23, 25);
      case PROVINCE -> lastWorkingDaysWindow(tier, month);
    };
  }

  @Override
  public SigningWindow current(SigningTier tier, Instant now) {
    YearMonth month = YearMonth.from(now.atZone(WorkingCalendar.ZONE));
    for (YearMonth candidate : new YearMonth[] {month.minusMonths(1), month}) {
      SigningWindow window = window(tier, candidate);
      if (now.isBefore(calendar.endOfDay(window.closes()))) {
        return window;
      }
    }
    return window(tier, month.plusMonths(1));
  }

  @Override
  public Instant opensAt(SigningTier tier, YearMonth month) {
    return window(tier, month).opens().atStartOfDay(WorkingCalendar.ZONE).toInstant();
  }

  @Override
  public Instant closesAt(SigningTier tier, YearMonth month) {
    return calendar.endOfDay(window(tier, month).closes());
  }

  private SigningWindow calendarDaysWindow(SigningTier tier, YearMonth month, int firstDay, int lastDay) {
    @Nullable LocalDate opens = null;
    @Nullable LocalDate closes = null;
    for (int day = firstDay; day <= lastDay; day++) {
      LocalDate date = month.atDay(day);
      if (calendar.isWorkingDay(date)) {
        opens = opens == null ? date : opens;
        closes = date;
      }
    }
    if (opens == null || closes == null) {
      LocalDate next = calendar.addWorkingDays(month.atDay(lastDay), 1);
      return new SigningWindow(next, next, tier, month);
    }
    return new SigningWindow(opens, closes, tier, month);
  }

  private SigningWindow lastWorkingDaysWindow(SigningTier tier, YearMonth month) {
    @Nullable LocalDate closes = null;
    @Nullable LocalDate opens = null;
    int found = 0;
    for (LocalDate date = month.atEndOfMonth(); !date.isBefore(month.atDay(1)) && found < PROVINCE_WORKING_DAYS;
        date = date.minusDays(1)) {
      if (calendar.isWorkingDay(date)) {
        closes = closes == null ? date : closes;
        opens = date;
        found++;
      }
    }
    if (opens == null || closes == null) {
      throw new IllegalStateException("no working day in " + month);
    }
    return new SigningWindow(opens, closes, tier, month);
  }
}
