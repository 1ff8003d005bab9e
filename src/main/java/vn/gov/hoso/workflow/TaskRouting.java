package vn.gov.hoso.workflow;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * Bean {@code taskRouting}, used in candidate-group expressions of the models, e.g.
 * {@code camunda:candidateGroups="${taskRouting.focalOfficerGroups(unitId)}"}.
 */
@Component("taskRouting")
public class TaskRouting {

  private final OrganisationService organisation;

  public TaskRouting(OrganisationService organisation) {
    this.organisation = organisation;
  }

  /**
   * The focal-officer groups of the unit and of every unit above it, nearest first, comma separated. A unit without
   * its own focal officer is served by the nearest one above; officers above see the subtree anyway.
   *
   * @param unitId the employing unit (process variable {@code unitId})
   */
  public String focalOfficerGroups(String unitId) {
    return organisation.selfAndAncestors(unitId).stream()
        .map(Unit::id)
        .map(UnitGroups::focal)
        .collect(Collectors.joining(","));
  }
}
