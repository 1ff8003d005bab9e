package vn.gov.hoso.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.hoso.support.IntegrationTest;

/**
 * The pages "Khai thác" over real HTTP: without a webapps login they send the browser to the Tasklist login; after
 * the Tasklist login (same session) they are served, and their calls to /api work with that session, changes only
 * with the page's anti-forgery token.
 */
@IntegrationTest
class WebUiIT {

  @Value("${local.server.port}")
  int port;

  @Value("${hoso.demo.password}")
  String demoPassword;

  final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void sendsAnonymousVisitorsToTheTasklistLogin() throws Exception {
    for (String page : new String[] {"tim-kiem", "thong-ke", "chien-dich", "bang-theo-doi"}) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(url("/khai-thac/" + page)).GET());
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).hasValue("/camunda/app/tasklist/default/#/login");
      assertThat(response.body()).doesNotContain("hoso-csrf");
    }
    assertThat(send(HttpRequest.newBuilder(url("/api/campaigns")).GET()).statusCode()).isEqualTo(401);
  }

  @Test
  void servesThePagesAndTheApiWithTheTasklistLogin() throws Exception {
    send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
            + URLEncoder.encode(demoPassword, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> page = send(HttpRequest.newBuilder(url("/khai-thac/bang-theo-doi")).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(page.body()).contains("<html lang=\"vi\"", "Bảng theo dõi chiến dịch", "/khai-thac/app.js",
        "name=\"hoso-admin\" content=\"true\"");
    Matcher token = Pattern.compile("name=\"hoso-csrf\" content=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    assertThat(send(HttpRequest.newBuilder(url("/khai-thac/app.js")).GET()).body()).contains("dashboardPage");

    assertThat(send(HttpRequest.newBuilder(url("/api/campaigns")).GET()).statusCode()).isEqualTo(200);
    // a streamed answer (the search export) ends with an async dispatch, which must be signed in as well: otherwise
    // the body is cut off after the headers (the browser's download fails)
    HttpResponse<String> export = send(HttpRequest.newBuilder(url("/api/dossiers/export?format=csv")).GET());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).contains("Số CCCD", "Họ và tên");
    String badLaunch = "{\"name\":\"\"}";
    HttpResponse<String> forged = send(HttpRequest.newBuilder(url("/api/campaigns"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(badLaunch)));
    assertThat(forged.statusCode()).as("a change without the page's token").isEqualTo(401);
    HttpResponse<String> fromPage = send(HttpRequest.newBuilder(url("/api/campaigns"))
        .header("Content-Type", "application/json").header("X-Hoso-Csrf", token.group(1))
        .POST(HttpRequest.BodyPublishers.ofString(badLaunch)));
    assertThat(fromPage.statusCode()).as("the administrator's own request reaches validation").isEqualTo(400);
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
