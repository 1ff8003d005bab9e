package vn.gov.hoso.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hoso.demo}.
 *
 * @param enabled load the demo organisation, users and declarations at startup
 * @param password the one password of every demo user (environment variable HOSO_DEMO_PASSWORD)
 */
@ConfigurationProperties(prefix = "hoso.demo")
public record DemoProperties(boolean enabled, String password) {

  public static final String DEFAULT_PASSWORD = "Demo@2026";

  public DemoProperties {
    password = password == null ? "" : password;
    if (enabled && password.length() < 8) {
      throw new IllegalArgumentException("hoso.demo.password (HOSO_DEMO_PASSWORD) must have at least 8 characters");
    }
  }
}
