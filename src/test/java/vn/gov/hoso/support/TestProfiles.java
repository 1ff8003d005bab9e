package vn.gov.hoso.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of the integration tests: {@code test} (in-memory H2), or what the build sets in {@code
 * spring.profiles.active} ({@code test,postgres} for the PostgreSQL run, see pom.xml).
 */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    String active = System.getProperty("spring.profiles.active", "test");
    return active.split(",");
  }
}
