package vn.gov.hoso.webui;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.security.WebSessionAuthenticationFilter;
import vn.gov.hoso.security.WebSessionUsers;

/**
 * Serves the pages under {@value #BASE} to users signed in to the webapps (Tasklist's login, or Keycloak's with the
 * profile keycloak); anybody else is sent to the Tasklist login. The page gets the session's anti-forgery token and
 * whether the user is the Sở Nội vụ administrator (to show the launch form; the API decides anyway).
 */
@Controller
class WebUiController {

  static final String BASE = "/khai-thac";
  static final String LOGIN = "/camunda/app/tasklist/default/#/login";

  private static final Map<String, String> TITLES = Map.of(
      "tim-kiem", "Tìm kiếm hồ sơ",
      "thong-ke", "Thống kê số lượng",
      "chien-dich", "Chiến dịch khai báo",
      "bang-theo-doi", "Bảng theo dõi chiến dịch");

  private final WebSessionUsers users;
  private final OrganisationService organisation;
  private final String shell;

  WebUiController(WebSessionUsers users, OrganisationService organisation) {
    this.users = users;
    this.organisation = organisation;
    try (InputStream in = new ClassPathResource("webui/page.html").getInputStream()) {
      this.shell = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping({BASE, BASE + "/"})
  ResponseEntity<String> home() {
    return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, BASE + "/bang-theo-doi").build();
  }

  @GetMapping(BASE + "/{page:[a-z-]+}")
  ResponseEntity<String> page(@PathVariable String page, HttpServletRequest request) {
    String title = TITLES.get(page);
    if (title == null) {
      return ResponseEntity.notFound().build();
    }
    Optional<String> user = users.user(request);
    if (user.isEmpty()) {
      return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, LOGIN)
          .cacheControl(CacheControl.noStore()).build();
    }
    String name = organisation.account(user.get()).map(Account::displayName).orElse(user.get());
    String html = shell.replace("{{page}}", page).replace("{{title}}", HtmlUtils.htmlEscape(title, "UTF-8"))
        .replace("{{user}}", HtmlUtils.htmlEscape(name, "UTF-8"))
        .replace("{{admin}}", String.valueOf(organisation.isAdministrator(user.get())))
        .replace("{{csrf}}", WebSessionAuthenticationFilter.csrfToken(request.getSession()));
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore()).body(html);
  }
}
