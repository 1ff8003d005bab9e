package vn.gov.hoso.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.gov.hoso.security.CredentialsVerifier;

/** Checks passwords against the engine's identity store (which locks an account after repeated failures). */
@Component
class CamundaCredentialsVerifier implements CredentialsVerifier {

  private final IdentityService identity;

  CamundaCredentialsVerifier(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public boolean verify(String username, String password) {
    return !username.isBlank() && !password.isEmpty() && identity.checkPassword(username, password);
  }
}
