package vn.gov.hoso.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.workflow.ProcessKeys;
import vn.gov.hoso.workflow.UnitGroups;

/**
 * Provisions accounts in the engine's identity store and keeps the base authorizations (least privilege: each role
 * gets the applications and the read rights it needs; task rights come from assignment and candidate groups).
 */
@Service
@Transactional
public class IdentityAdministration {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final OrganisationService organisation;

  public IdentityAdministration(IdentityService identity, AuthorizationService authorizations,
      OrganisationService organisation) {
    this.organisation = organisation;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /**
   * Creates the user (if absent) with the password, and puts it in the groups of its roles and unit. Does nothing
   * when users live outside the engine (profile keycloak: the identity service is read-only, Keycloak holds the user
   * and {@link AccountGroups} derives the groups at login).
   */
  public void provision(Account account, String password) {
    if (identity.isReadOnly()) {
      return;
    }
    if (identity.createUserQuery().userId(account.username()).count() == 0) {
      User user = identity.newUser(account.username());
      // The webapps show "firstName lastName": family and middle names first, as Vietnamese names are written.
      String name = account.displayName().trim();
      int space = name.lastIndexOf(' ');
      user.setFirstName(space > 0 ? name.substring(0, space) : name);
      user.setLastName(space > 0 ? name.substring(space + 1) : "");
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String[] group : groupsOf(account, provinceWide(organisation, account))) {
      ensureGroup(group[0], group[1]);
      if (identity.createUserQuery().userId(account.username()).memberOfGroup(group[0]).count() == 0) {
        identity.createMembership(account.username(), group[0]);
      }
    }
  }

  /**
   * Removes the user, with its group memberships, from the engine's store (account disabled): nobody logs in with it
   * any more; tasks and history keep the name. Does nothing when users live outside the engine.
   */
  public void remove(String username) {
    if (identity.isReadOnly()) {
      return;
    }
    if (identity.createUserQuery().userId(username).count() > 0) {
      identity.deleteUser(username);
    }
  }

  /**
   * Whether the account's unit is the root of the province tree: a manager there watches the whole province in
   * Cockpit. Cockpit's authorizations cannot follow a unit subtree, so a manager of a unit below it gets Tasklist and
   * the API (which are scoped) but no Cockpit.
   */
  static boolean provinceWide(OrganisationService organisation, Account account) {
    return organisation.unit(account.unitId()).map(unit -> unit.parentId() == null).orElse(false);
  }

  /** The groups of an account: {id, name}. */
  static List<String[]> groupsOf(Account account, boolean provinceWide) {
    List<String[]> groups = new ArrayList<>();
    for (Role role : account.roles()) {
      switch (role) {
        case EMPLOYEE -> groups.add(new String[] {UnitGroups.EMPLOYEES, "Cán bộ, công chức, viên chức"});
        case FOCAL_OFFICER -> {
          groups.add(new String[] {UnitGroups.FOCAL_OFFICERS, "Cán bộ đầu mối"});
          groups.add(new String[] {UnitGroups.focal(account.unitId()), "Đầu mối " + account.unitId()});
        }
        case UNIT_HEAD -> {
          groups.add(new String[] {UnitGroups.UNIT_HEADS, "Thủ trưởng đơn vị"});
          groups.add(new String[] {UnitGroups.head(account.unitId()), "Thủ trưởng " + account.unitId()});
        }
        case SNV_ADMIN -> {
          groups.add(new String[] {UnitGroups.SNV_ADMINS, "Quản trị Sở Nội vụ"});
          groups.add(new String[] {Groups.CAMUNDA_ADMIN, "Quản trị hệ thống"});
        }
        case SNV_DIRECTOR -> groups.add(new String[] {UnitGroups.SNV_DIRECTORS, "Giám đốc Sở Nội vụ"});
        case MANAGER -> groups.add(provinceWide
            ? new String[] {UnitGroups.MANAGERS, "Lãnh đạo theo dõi (toàn tỉnh)"}
            : new String[] {UnitGroups.UNIT_MANAGERS, "Lãnh đạo đơn vị theo dõi"});
        default -> {
          // specialist, agency, modeler: no engine group yet
        }
      }
    }
    return groups;
  }

  /** The base authorizations of the role groups; idempotent. */
  public void ensureBaseAuthorizations() {
    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (String group : List.of(UnitGroups.EMPLOYEES, UnitGroups.FOCAL_OFFICERS, UnitGroups.UNIT_HEADS,
        UnitGroups.SNV_ADMINS, UnitGroups.SNV_DIRECTORS, UnitGroups.MANAGERS, UnitGroups.UNIT_MANAGERS)) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.DOSSIER_DECLARATION, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.SIGNING, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.STAFF_REHOMING, Permissions.READ);
    }
    // employees start dossier-change from Tasklist (Start process); the model binds it to their own dossier
    grant(UnitGroups.EMPLOYEES, Resources.PROCESS_DEFINITION, ProcessKeys.DOSSIER_CHANGE, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grant(UnitGroups.EMPLOYEES, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    for (String group : List.of(UnitGroups.FOCAL_OFFICERS, UnitGroups.UNIT_HEADS, UnitGroups.SNV_ADMINS)) {
      grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.ACCOUNT_PROVISIONING, Permissions.READ);
    }
    // focal officers and the Sở Nội vụ administrator start exits and transfers out (Tasklist start form or the API);
    // the model checks the scope; heads see the processes they sign or are reminded in
    for (String group : List.of(UnitGroups.FOCAL_OFFICERS, UnitGroups.SNV_ADMINS)) {
      for (String key : List.of(ProcessKeys.EXIT, ProcessKeys.TRANSFER_OUT_OF_PROVINCE)) {
        grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE);
      }
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
    for (String key : List.of(ProcessKeys.EXIT, ProcessKeys.TRANSFER_OUT_OF_PROVINCE)) {
      grant(UnitGroups.UNIT_HEADS, Resources.PROCESS_DEFINITION, key, Permissions.READ);
    }
    for (String group : List.of(UnitGroups.SNV_DIRECTORS, UnitGroups.MANAGERS)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
      grant(group, Resources.TASK, Authorization.ANY, Permissions.READ);
    }
    // transfers and retirements: officers read the models of their tasks; the receiving unit's focal officers (and
    // the Sở Nội vụ administrator) start transfer-into-province from Tasklist; the pull checks their right again
    for (String group : List.of(UnitGroups.FOCAL_OFFICERS, UnitGroups.UNIT_HEADS, UnitGroups.SNV_ADMINS)) {
      for (String key : List.of(ProcessKeys.TRANSFER_INTERNAL, ProcessKeys.TRANSFER_BETWEEN_UNITS,
          ProcessKeys.RETIREMENT_FORECAST)) {
        grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ);
      }
    }
    for (String group : List.of(UnitGroups.FOCAL_OFFICERS, UnitGroups.SNV_ADMINS)) {
      grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.TRANSFER_INTO_PROVINCE, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(id.equals(Groups.CAMUNDA_ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission p : permissions) {
      auth.addPermission(p);
    }
    authorizations.saveAuthorization(auth);
  }
}
