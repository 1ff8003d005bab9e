package vn.gov.hoso.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * Bean {@code taskRouting}, used in candidate-group expressions of the models, e.g.
 * {@code camunda:candidateGroups="${taskRouting.focalOfficerGroups(unitId)}"}. Groups that no account belongs to yet
 * are harmless: nobody sees the task through them.
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
    return groups(organisation.selfAndAncestors(unitId), UnitGroups::focal);
  }

  /**
   * The head-of-unit groups of the unit and of every unit above it, nearest first, comma separated: who is reminded
   * when the unit's focal officers let a task run late.
   *
   * @param unitId the employing unit (process variable {@code unitId})
   */
  public String headGroups(String unitId) {
    return groups(organisation.selfAndAncestors(unitId), UnitGroups::head);
  }

  /**
   * The focal-officer and head groups of the superior unit (the parent) and of every unit above it, nearest first,
   * comma separated: where a task still late after its reminder is escalated. A unit at the top of the tree has no
   * superior; its own head group is returned.
   *
   * @param unitId the employing unit (process variable {@code unitId})
   */
  public String superiorUnitGroups(String unitId) {
    List<Unit> chain = organisation.selfAndAncestors(unitId);
    if (chain.size() < 2) {
      return headGroups(unitId);
    }
    return groups(chain.subList(1, chain.size()), UnitGroups::focal, UnitGroups::head);
  }

  /** The Sở Nội vụ administrators' group: who receives the consolidated statutory reports of the province. */
  public String provinceAdministratorGroups() {
    return UnitGroups.SNV_ADMINS;
  }

  @SafeVarargs
  private static String groups(List<Unit> units, Function<String, String>... naming) {
    return units.stream()
        .map(Unit::id)
        .flatMap(id -> Arrays.stream(naming).map(name -> name.apply(id)))
        .collect(Collectors.joining(","));
  }
}
