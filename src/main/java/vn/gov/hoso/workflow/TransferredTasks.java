package vn.gov.hoso.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * After a transfer the person's work follows them: every running process of the person (business key = username;
 * the transfer processes themselves excepted) whose {@code unitId} is the old unit gets the new one, and every open
 * task addressed to the focal-officer or head groups of the old unit's chain is addressed to those of the new unit's
 * chain instead (groups both chains share stay); a task an officer of the old unit had claimed goes back to the group.
 * Camunda grants the task authorizations with new candidate groups; those of the removed groups are deleted here.
 */
@Component
class TransferredTasks {

  private static final Set<String> TRANSFER_PROCESSES = Set.of(ProcessKeys.TRANSFER_INTERNAL,
      ProcessKeys.TRANSFER_BETWEEN_UNITS);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final OrganisationService organisation;
  private final AuthorizationService authorizations;

  TransferredTasks(RuntimeService runtime, TaskService tasks, RepositoryService repository,
      OrganisationService organisation, AuthorizationService authorizations) {
    this.authorizations = authorizations;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.organisation = organisation;
  }

  /** Runs for the process, not for the officer whose completion drives it: inside a command, without authorization. */
  void follow(String username, String fromUnitId, String toUnitId) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      reroute(username, fromUnitId, toUnitId);
    } else {
      context.runWithoutAuthorization(() -> {
        reroute(username, fromUnitId, toUnitId);
        return null;
      });
    }
  }

  private void reroute(String username, String fromUnitId, String toUnitId) {
    Set<String> skipped = new HashSet<>();
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(username).list().forEach(instance -> {
      String key = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
      if (TRANSFER_PROCESSES.contains(key)) {
        skipped.add(instance.getId());
      } else if (fromUnitId.equals(runtime.getVariable(instance.getId(), ProcessVariables.UNIT_ID))) {
        runtime.setVariable(instance.getId(), ProcessVariables.UNIT_ID, toUnitId);
      }
    });
    Set<String> oldChain = chain(fromUnitId);
    Set<String> newChain = chain(toUnitId);
    Set<String> leaving = new HashSet<>(oldChain);
    leaving.removeAll(newChain);
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(username).list();
    for (Task task : open) {
      if (skipped.contains(task.getProcessInstanceId())) {
        continue;
      }
      Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).collect(Collectors.toSet());
      boolean focal = leaving.stream().map(UnitGroups::focal).anyMatch(groups::contains);
      boolean head = leaving.stream().map(UnitGroups::head).anyMatch(groups::contains);
      if (!focal && !head) {
        continue;
      }
      for (String unit : leaving) {
        remove(task, groups, UnitGroups.focal(unit));
        remove(task, groups, UnitGroups.head(unit));
      }
      for (String unit : newChain) {
        if (focal && !groups.contains(UnitGroups.focal(unit))) {
          tasks.addCandidateGroup(task.getId(), UnitGroups.focal(unit));
        }
        if (head && !groups.contains(UnitGroups.head(unit))) {
          tasks.addCandidateGroup(task.getId(), UnitGroups.head(unit));
        }
      }
      if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
        tasks.setAssignee(task.getId(), null);
      }
    }
  }

  /** Removes the candidate group and the task authorization Camunda granted with it (it keeps those on delete). */
  private void remove(Task task, Set<String> groups, String group) {
    if (groups.contains(group)) {
      tasks.deleteCandidateGroup(task.getId(), group);
      authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.TASK)
          .resourceId(task.getId()).list()
          .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }
  }

  private Set<String> chain(String unitId) {
    return organisation.selfAndAncestors(unitId).stream().map(Unit::id).collect(Collectors.toSet());
  }
}
