package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the user whose request drives the engine, or {@code system} for jobs. */
@Component
class Actors {

  static final String SYSTEM = "system";

  private final IdentityService identity;

  Actors(IdentityService identity) {
    this.identity = identity;
  }

  String current(String fallback) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : fallback;
  }
}
