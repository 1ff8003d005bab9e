package vn.gov.hoso.workflow.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;
import vn.gov.hoso.security.WebSessionUsers;

/**
 * The user signed in to the Camunda webapps (form login of the demo profile, or OIDC with the profile keycloak, which
 * fills the same session) in the request's existing HTTP session, for this application's engine.
 */
@Component
class CamundaWebSessionUsers implements WebSessionUsers {

  private final ProcessEngine engine;

  CamundaWebSessionUsers(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<String> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication == null || authentication == Authentication.ANONYMOUS
        ? Optional.empty() : Optional.ofNullable(authentication.getIdentityId());
  }
}
