package vn.gov.hoso.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application clock. Every module takes time from this bean, in the zone of Vietnam. With the demo data
 * ({@code hoso.demo.enabled=true}) it is a {@link MovableClock} that the demo clock API moves together with the
 * engine clock; otherwise the plain system clock.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  @ConditionalOnProperty(prefix = "hoso.demo", name = "enabled", havingValue = "true")
  MovableClock clock() {
    return new MovableClock(Clock.system(VIETNAM));
  }

  @Bean
  @ConditionalOnProperty(prefix = "hoso.demo", name = "enabled", havingValue = "false", matchIfMissing = true)
  Clock systemClock() {
    return Clock.system(VIETNAM);
  }
}
