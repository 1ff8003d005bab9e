package vn.gov.hoso.support;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cookies of a test "browser" per host and port, sent back over plain HTTP even when marked Secure: Keycloak marks
 * its login cookies Secure, which browsers accept on http://localhost and 127.0.0.1 but java.net.CookieManager does
 * not. Paths and expiry dates are ignored; a cookie with max-age 0 is deleted.
 */
public final class BrowserCookies extends CookieHandler {

  private final Map<String, Map<String, String>> byOrigin = new ConcurrentHashMap<>();

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    Map<String, String> cookies = byOrigin.getOrDefault(origin(uri), Map.of());
    if (cookies.isEmpty()) {
      return Map.of();
    }
    return Map.of("Cookie", List.of(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("; "))));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    Map<String, String> cookies = byOrigin.computeIfAbsent(origin(uri), o -> new ConcurrentHashMap<>());
    responseHeaders.forEach((name, values) -> {
      if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
        values.stream().flatMap(value -> HttpCookie.parse(value).stream()).forEach(cookie -> {
          if (cookie.getMaxAge() == 0) {
            cookies.remove(cookie.getName());
          } else {
            cookies.put(cookie.getName(), cookie.getValue());
          }
        });
      }
    });
  }

  private static String origin(URI uri) {
    return uri.getHost() + ":" + uri.getPort();
  }
}
