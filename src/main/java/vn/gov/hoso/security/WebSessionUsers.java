package vn.gov.hoso.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is signed in to the webapps (Tasklist, Cockpit) in this browser session, so the project's own pages can call
 * {@code /api} with the same login. Implemented by the {@code workflow} module (the webapps' session belongs to
 * Camunda).
 */
public interface WebSessionUsers {

  /** The user of the request's existing session, if one signed in to the webapps; never creates a session. */
  Optional<String> user(HttpServletRequest request);
}
