package vn.gov.hoso.support;

import java.util.Arrays;
import java.util.stream.Stream;

/** The profiles of {@link TestProfiles} plus {@code keycloak}. */
public class KeycloakTestProfiles extends TestProfiles {

  @Override
  public String[] resolve(Class<?> testClass) {
    return Stream.concat(Arrays.stream(super.resolve(testClass)), Stream.of("keycloak")).toArray(String[]::new);
  }
}
