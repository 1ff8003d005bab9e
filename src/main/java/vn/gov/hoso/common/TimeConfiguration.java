package vn.gov.hoso.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application clock. Every module takes time from this bean, in the zone of Vietnam. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
