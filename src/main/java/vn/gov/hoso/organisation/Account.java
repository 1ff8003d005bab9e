package vn.gov.hoso.organisation;

import java.util.Objects;
import java.util.Set;

/** A person's account: employees log in with their 12-digit CCCD, officers with a named account. */
public record Account(String username, String displayName, String unitId, Set<Role> roles) {

  public Account {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(unitId, "unitId");
    roles = Set.copyOf(roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("account " + username + " has no role");
    }
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
