package vn.gov.hoso.accounts.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import vn.gov.hoso.accounts.AccountDirectory.ActivationStyle;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.accounts.PendingActivation;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;

/**
 * The page behind an activation link, {@code /activate/{token}}: no login (the token is the proof), Vietnamese and
 * English. Engine store: the person chooses their password. Keycloak: a one-time password is shown once and Keycloak
 * asks for a new one at the first login. Answers are never cached and send no referrer (the token is in the URL).
 */
@Controller
class ActivationPageController {

  private final AccountService accounts;
  private final Messages messages;

  ActivationPageController(AccountService accounts, Messages messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping(path = "/activate/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String token) {
    PendingActivation pending;
    try {
      pending = accounts.pendingActivation(token);
    } catch (BusinessException e) {
      return html(HttpStatus.NOT_FOUND, error(e));
    }
    StringBuilder body = new StringBuilder();
    body.append(both("activation.greeting", List.of(pending.username(), pending.displayName()), "p"));
    body.append("<form method=\"post\">");
    if (pending.style() == ActivationStyle.CHOOSE_PASSWORD) {
      body.append(both("activation.choose", List.of(), "p"))
          .append("<p><label>").append(text("activation.password")).append("<br><input type=\"password\" "
              + "name=\"password\" autocomplete=\"new-password\" minlength=\"12\" maxlength=\"64\" required></label></p>")
          .append("<p><label>").append(text("activation.repeat")).append("<br><input type=\"password\" "
              + "name=\"repeat\" autocomplete=\"new-password\" minlength=\"12\" maxlength=\"64\" required></label></p>");
    }
    body.append("<p><button type=\"submit\">").append(text("activation.submit")).append("</button></p></form>");
    return html(HttpStatus.OK, body.toString());
  }

  @PostMapping(path = "/activate/{token}", produces = MediaType.TEXT_HTML_VALUE,
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> activate(@PathVariable String token, @RequestParam(required = false) @Nullable String password,
      @RequestParam(required = false) @Nullable String repeat) {
    if (password != null && !password.equals(repeat)) {
      return html(HttpStatus.BAD_REQUEST, both("activation.mismatch", List.of(), "p"));
    }
    Optional<String> oneTime;
    try {
      oneTime = accounts.activate(token, password);
    } catch (BusinessException e) {
      return html(e.kind().httpStatus() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, error(e));
    }
    String login = "<p><a href=\"/camunda/app/tasklist/\">" + text("activation.login") + "</a></p>";
    if (oneTime.isPresent()) {
      return html(HttpStatus.OK, both("activation.oneTime", List.of(), "p")
          + "<p><code id=\"one-time-password\">" + HtmlUtils.htmlEscape(oneTime.get()) + "</code></p>" + login);
    }
    return html(HttpStatus.OK, both("activation.done", List.of(), "p") + login);
  }

  private String error(BusinessException e) {
    return "<p>" + HtmlUtils.htmlEscape(messages.vi("error." + e.code() + ".detail", e.args())) + "</p><p lang=\"en\">"
        + HtmlUtils.htmlEscape(messages.en("error." + e.code() + ".detail", e.args())) + "</p>";
  }

  private String both(String key, List<?> args, String tag) {
    return "<" + tag + ">" + HtmlUtils.htmlEscape(messages.vi(key, args)) + "</" + tag + "><" + tag + " lang=\"en\">"
        + HtmlUtils.htmlEscape(messages.en(key, args)) + "</" + tag + ">";
  }

  private String text(String key) {
    return HtmlUtils.htmlEscape(messages.vi(key, List.of())) + " / "
        + HtmlUtils.htmlEscape(messages.en(key, List.of()));
  }

  private ResponseEntity<String> html(HttpStatus status, String body) {
    String page = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + text("activation.title") + "</title></head><body><h1>" + text("activation.title") + "</h1>" + body
        + "</body></html>";
    return ResponseEntity.status(status)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "no-referrer")
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(page);
  }
}
