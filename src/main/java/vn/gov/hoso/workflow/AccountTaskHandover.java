package vn.gov.hoso.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.accounts.TaskHandover;

/**
 * Bean {@code taskHandover}: hands the open tasks of a person who leaves (or whose account is disabled) over to the
 * focal officers of a unit. Called by the accounts module when an account is disabled, and usable from BPMN, e.g. a
 * service task of an exit process: {@code camunda:expression="${taskHandover.handOver(username, unitId)}"} with
 * result variable {@code handedOverTasks}.
 *
 * <p>Inputs: {@code username} (whose tasks), {@code unitId} (whose focal officers take them, with the units above as
 * in {@link TaskRouting#focalOfficerGroups}). Output: the number of tasks handed over. Tasks of the person's own
 * dossier (process business key = the username, e.g. their declaration) stay assigned to them; every other task
 * assigned to them loses its assignee and gets the focal-officer groups as candidates.
 */
@Component("taskHandover")
@Transactional
public class AccountTaskHandover implements TaskHandover {

  private final TaskService tasks;
  private final TaskRouting routing;

  public AccountTaskHandover(TaskService tasks, TaskRouting routing) {
    this.tasks = tasks;
    this.routing = routing;
  }

  @Override
  public int handOver(String username, String unitId) {
    List<String> groups = Arrays.stream(routing.focalOfficerGroups(unitId).split(","))
        .filter(g -> !g.isBlank()).toList();
    Set<String> ownDossier = tasks.createTaskQuery().taskAssignee(username).processInstanceBusinessKey(username)
        .list().stream().map(Task::getId).collect(Collectors.toSet());
    int count = 0;
    for (Task task : tasks.createTaskQuery().taskAssignee(username).list()) {
      if (ownDossier.contains(task.getId())) {
        continue;
      }
      tasks.setAssignee(task.getId(), null);
      groups.forEach(group -> tasks.addCandidateGroup(task.getId(), group));
      count++;
    }
    return count;
  }
}
