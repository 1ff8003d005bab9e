package vn.gov.hoso.workflow.engine;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every user sees: own tasks, the tasks of the groups one belongs to, overdue tasks and
 * tasks due by the end of the next working day (each user sees in them only the tasks they may read). Due dates are
 * those the models set through the {@code deadlines} bean; "now" is the engine clock.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "Việc của tôi";
  static final String GROUP_TASKS = "Việc chờ nhận (nhóm)";
  static final String OVERDUE = "Quá hạn";
  static final String DUE_SOON = "Sắp đến hạn";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  public void ensure() {
    ensure(MY_TASKS, -10, "Các việc đang giao cho tôi", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(GROUP_TASKS, -5, "Các việc của đơn vị tôi, chưa ai nhận",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure(OVERDUE, 0, "Các việc đã quá hạn xử lý (hạn trước thời điểm hiện tại)",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    ensure(DUE_SOON, 5, "Các việc hết hạn trong ngày làm việc hiện tại hoặc kế tiếp",
        tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${deadlines.dueSoonBefore()}")
            .orderByDueDate().asc());
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("priority", priority, "description", description, "autoRefresh", true));
    filters.saveFilter(filter);
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }
}
