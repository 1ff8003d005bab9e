package vn.gov.hoso.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.SigningTier;
import vn.gov.hoso.calendar.SigningWindow;
import vn.gov.hoso.calendar.SigningWindows;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.calendar.YearSchedule;
import vn.gov.hoso.calendar.YearScheduleSource;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.web.AdministratorOnly;

/**
 * Working days, days off and signing windows for any signed-in user; replacing a year's schedule for the Sở Nội vụ
 * administrator. Dates are ISO ({@code YYYY-MM-DD}), years {@value WorkingCalendar#FIRST_YEAR}–{@value
 * WorkingCalendar#LAST_YEAR}, numbers of days 1–{@value WorkingCalendar#MAX_DAYS}; anything else is a 400
 * problem+json.
 */
@RestController
@RequestMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lịch làm việc", description = "Working days, days off, signing windows (Asia/Ho_Chi_Minh)")
class CalendarController {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarController.class);
  private static final int MAX_NAME_LENGTH = 200;

  private final WorkingCalendar calendar;
  private final SigningWindows windows;
  private final YearScheduleSource schedules;

  CalendarController(WorkingCalendar calendar, SigningWindows windows, YearScheduleSource schedules) {
    this.calendar = calendar;
    this.windows = windows;
    this.schedules = schedules;
  }

  /** Response of {@code working-days/add}. */
  record DueDate(LocalDate from, int days, LocalDate due) {}

  /** Response of {@code working-days/between}. */
  record WorkingDayCount(LocalDate from, LocalDate to, int count) {}

  /** One schedule entry, in responses and in the body of {@code PUT years/{year}}. */
  record DayOffEntry(@Nullable LocalDate date, @Nullable String kind, @Nullable String name) {

    static DayOffEntry of(DayOff day) {
      return new DayOffEntry(day.date(), day.kind().name().toLowerCase(Locale.ROOT), day.name());
    }
  }

  /** Response of {@code signing-window}. */
  record SigningWindowDates(LocalDate opens, LocalDate closes) {}

  /** Response of {@code PUT years/{year}}: the arrangement as stored. */
  record YearScheduleResponse(int year, List<DayOffEntry> days) {}

  @GetMapping("/working-days/add")
  @Operation(summary = "Hạn của N ngày làm việc / Due date of N working days",
      description = "The N-th working day strictly after `from`; the limit runs until 24:00 of that day.")
  DueDate addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam int days) {
    requireSupportedYear(from.getYear());
    requireDayCount(days);
    return new DueDate(from, days, withinRange(() -> calendar.addWorkingDays(from, days)));
  }

  @GetMapping("/working-days/between")
  @Operation(summary = "Số ngày làm việc giữa hai ngày / Working days d with from < d <= to",
      description = "Negative when `to` is before `from`.")
  WorkingDayCount workingDaysBetween(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    requireSupportedYear(from.getYear());
    requireSupportedYear(to.getYear());
    return new WorkingDayCount(from, to, calendar.workingDaysBetween(from, to));
  }

  @GetMapping("/days-off")
  @Operation(summary = "Ngày nghỉ trong năm / Days off, compensatory, swapped days of a year",
      description = "kind: holiday, compensatory, swapped_off, swapped_workday (a make-up working day)")
  List<DayOffEntry> daysOff(@RequestParam int year) {
    requireSupportedYear(year);
    return calendar.daysOff(year).stream().map(DayOffEntry::of).toList();
  }

  @GetMapping("/signing-window")
  @Operation(summary = "Khung thời gian ký / Monthly signing window of a tier",
      description = "tier: base (days 20–22), department (23–25), province (last 5 working days); month: YYYY-MM")
  SigningWindowDates signingWindow(@RequestParam String tier, @RequestParam YearMonth month) {
    requireSupportedYear(month.getYear());
    SigningWindow window = withinRange(() -> windows.window(tier(tier), month));
    return new SigningWindowDates(window.opens(), window.closes());
  }

  @PutMapping(path = "/years/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @AdministratorOnly
  @Operation(summary = "Thay lịch nghỉ của một năm / Replace a year's announced schedule (administrator)",
      description = "Body: the whole arrangement of the year as [{date, kind, name}]; entries may fall in the "
          + "year before or after. Replaces the shipped data or the forecast for that year, and is stored.")
  YearScheduleResponse replaceYear(@PathVariable int year, @RequestBody List<DayOffEntry> days,
      Principal user) {
    requireSupportedYear(year);
    if (days.isEmpty()) {
      throw new BusinessException("yearScheduleInvalid", ErrorKind.INVALID, String.valueOf(year));
    }
    List<DayOff> entries = new ArrayList<>();
    for (DayOffEntry entry : days) {
      entries.add(dayOff(entry));
    }
    YearSchedule schedule;
    try {
      schedule = new YearSchedule(year, entries);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("yearScheduleInvalid", ErrorKind.INVALID, String.valueOf(year));
    }
    schedules.replaceYear(year, schedule.days());
    LOG.info("Schedule of year {} replaced by {} ({} entries)", year, user.getName(), schedule.days().size());
    return new YearScheduleResponse(year, schedule.days().stream().map(DayOffEntry::of).toList());
  }

  private static DayOff dayOff(@Nullable DayOffEntry entry) {
    LocalDate date = entry == null ? null : entry.date();
    if (date == null) {
      throw new BusinessException("missingParameter", ErrorKind.INVALID, "date");
    }
    String name = entry.name() == null ? "" : entry.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "name", name);
    }
    DayOffKind kind = kind(entry.kind());
    try {
      return new DayOff(date, kind, name);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("dayOffInvalid", ErrorKind.INVALID, date.toString(),
          kind.name().toLowerCase(Locale.ROOT));
    }
  }

  private static DayOffKind kind(@Nullable String value) {
    for (DayOffKind kind : DayOffKind.values()) {
      if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return kind;
      }
    }
    throw new BusinessException("badParameter", ErrorKind.INVALID, "kind", String.valueOf(value));
  }

  private static SigningTier tier(String value) {
    for (SigningTier tier : SigningTier.values()) {
      if (tier.name().equalsIgnoreCase(value.strip())) {
        return tier;
      }
    }
    throw new BusinessException("badParameter", ErrorKind.INVALID, "tier", value);
  }

  private static void requireDayCount(int days) {
    if (days < 1 || days > WorkingCalendar.MAX_DAYS) {
      throw new BusinessException("dayCountOutOfRange", ErrorKind.INVALID,
          String.valueOf(WorkingCalendar.MAX_DAYS), String.valueOf(days));
    }
  }

  private static void requireSupportedYear(int year) {
    if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
      throw new BusinessException("yearOutOfRange", ErrorKind.INVALID, String.valueOf(year),
          String.valueOf(WorkingCalendar.FIRST_YEAR), String.valueOf(WorkingCalendar.LAST_YEAR));
    }
  }

  /** Runs a calendar computation whose result may leave the supported years (e.g. 3650 days from 2195). */
  private static <T> T withinRange(Supplier<T> computation) {
    try {
      return computation.get();
    } catch (IllegalArgumentException e) {
      throw new BusinessException("resultOutOfRange", ErrorKind.INVALID, String.valueOf(WorkingCalendar.FIRST_YEAR),
          String.valueOf(WorkingCalendar.LAST_YEAR));
    }
  }
}
