package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import vn.gov.hoso.calendar.FixedHoliday;

/** Binding of {@code hoso.calendar.*} with Spring Boot's binder alone (no application context). */
class CalendarPropertiesTest {

  private static CalendarProperties bind(Map<String, String> properties) {
    Binder binder = new Binder(
        List.of(new MapConfigurationPropertySource(properties)),
        null,
        ApplicationConversionService.getSharedInstance());
    return binder.bindOrCreate("hoso.calendar", Bindable.of(CalendarProperties.class));
  }

  @Test
  void usesLegalHolidaysWhenNothingIsConfigured() {
    assertThat(bind(Map.of()).fixedHolidays()).isEqualTo(FixedHoliday.legalDefaults());
  }

  @Test
  void bindsFixedHolidayWithEffectiveDateWhenConfigured() {
    CalendarProperties properties = bind(Map.of(
        "hoso.calendar.fixed-holidays[0].day", "--01-01",
        "hoso.calendar.fixed-holidays[0].name", "Tết Dương lịch",
        "hoso.calendar.fixed-holidays[0].effective-from", "1900-01-01",
        "hoso.calendar.fixed-holidays[1].day", "--11-24",
        "hoso.calendar.fixed-holidays[1].name", "Ngày Văn hóa Việt Nam",
        "hoso.calendar.fixed-holidays[1].effective-from", "2027-01-01"));

    assertThat(properties.fixedHolidays()).containsExactly(
        new FixedHoliday(MonthDay.of(1, 1), "Tết Dương lịch", FixedHoliday.ALWAYS),
        new FixedHoliday(MonthDay.of(11, 24), "Ngày Văn hóa Việt Nam", LocalDate.of(2027, 1, 1)));
  }
}
