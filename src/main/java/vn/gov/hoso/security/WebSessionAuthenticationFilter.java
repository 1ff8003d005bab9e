package vn.gov.hoso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api} for the project's web pages: a request without an {@code Authorization} header from a browser whose
 * session is signed in to the webapps is authenticated as that user. Requests that change something must carry the
 * page's anti-forgery token ({@value #CSRF_HEADER}, issued by {@link #csrfToken} into the page and kept in the session),
 * so another site cannot use the session cookie. Calls with credentials (HTTP Basic, bearer) are left to the chain.
 */
public class WebSessionAuthenticationFilter extends OncePerRequestFilter {

  /** Header of the anti-forgery token. */
  public static final String CSRF_HEADER = "X-Hoso-Csrf";
  private static final String CSRF_SESSION_ATTRIBUTE = "HOSO_WEB_CSRF_TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebSessionUsers users;
  private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

  public WebSessionAuthenticationFilter(WebSessionUsers users) {
    this.users = users;
  }

  /** The session's anti-forgery token for the pages (created on first use). */
  public static String csrfToken(HttpSession session) {
    Object token = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    if (token instanceof String text) {
      return text;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(CSRF_SESSION_ATTRIBUTE, created);
    return created;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestURI().startsWith("/api/")) {
      Optional<String> user = users.user(request);
      if (user.isPresent() && (SAFE_METHODS.contains(request.getMethod()) || csrfValid(request))) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, List.of()));
        SecurityContextHolder.setContext(context);
        // kept in the request, as HTTP Basic does: the async dispatch that ends a streamed answer (the exports) is
        // authorised again and would otherwise be denied after the body was sent, cutting the download short
        contexts.saveContext(context, request, response);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean csrfValid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(CSRF_HEADER);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    return sent != null && expected instanceof String text
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
  }
}
