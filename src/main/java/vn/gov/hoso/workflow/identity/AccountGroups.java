package vn.gov.hoso.workflow.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.OrganisationService;

/**
 * The Camunda group ids of a signed-in user when users live in Keycloak (profile keycloak, see docs/keycloak.md):
 * the role groups and the unit groups ({@code focal-<unitId>}, {@code head-<unitId>}) derived from the user's account
 * in the organisation module, plus the user's Keycloak groups read through the identity service. The derived groups
 * never exist in Keycloak: the engine only needs their ids in the authentication to match candidate groups and
 * authorizations.
 */
@Component
public class AccountGroups {

  private final OrganisationService organisation;
  private final IdentityService identity;

  public AccountGroups(OrganisationService organisation, IdentityService identity) {
    this.organisation = organisation;
    this.identity = identity;
  }

  public List<String> groupIds(String username) {
    Set<String> ids = new LinkedHashSet<>();
    organisation.account(username)
        .ifPresent(account -> IdentityAdministration.groupsOf(account, IdentityAdministration.provinceWide(organisation, account)).forEach(group -> ids.add(group[0])));
    identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).forEach(ids::add);
    return List.copyOf(ids);
  }
}
