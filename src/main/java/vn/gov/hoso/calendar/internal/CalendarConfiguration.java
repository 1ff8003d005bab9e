package vn.gov.hoso.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the announced schedules shipped in {@code calendar/official-days-off.csv}. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  InMemoryYearScheduleSource yearScheduleSource() {
    return InMemoryYearScheduleSource.seededFromClasspath();
  }
}
