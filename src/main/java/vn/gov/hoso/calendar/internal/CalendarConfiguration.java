package vn.gov.hoso.calendar.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.calendar.YearScheduleSource;

/**
 * Wires the announced schedules: those shipped in {@code calendar/official-days-off.csv}, overlaid at startup by the
 * years an administrator replaced (stored in the database).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  YearScheduleSource yearScheduleSource(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    return new StoredYearScheduleSource(InMemoryYearScheduleSource.seededFromClasspath(),
        new JdbcYearScheduleStore(jdbc, transaction, clock));
  }
}
