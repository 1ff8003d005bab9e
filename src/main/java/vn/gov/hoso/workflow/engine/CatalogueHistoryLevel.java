package vn.gov.hoso.workflow.engine;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * History level {@code full-catalogued}: everything of level {@code full} (activities, tasks, incidents, operation
 * log, decisions), except that only the variables of {@link ProcessVariables#HISTORISED} are historised. The dossier
 * data that travel to and from the forms as task-local variables never reach the history tables.
 */
public class CatalogueHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "full-catalogued";
  public static final int ID = 10;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (isVariableEvent(eventType)) {
      return entity instanceof VariableInstance variable && ProcessVariables.HISTORISED.contains(variable.getName());
    }
    return true;
  }

  private static boolean isVariableEvent(HistoryEventType eventType) {
    return eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_DELETE
        || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE;
  }
}
