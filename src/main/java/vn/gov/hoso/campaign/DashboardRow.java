package vn.gov.hoso.campaign;

import java.util.Map;

/**
 * One unit of the dashboard: the unit itself (people kept directly in it) or a child unit with its whole subtree.
 *
 * @param counts members per state (every state except {@link DashboardState#OVERDUE}, zeros included)
 * @param overdue members whose declaration or verification task is past its due date
 */
public record DashboardRow(String unitId, String code, String name, int members, Map<DashboardState, Integer> counts,
    int overdue) {

  public DashboardRow {
    counts = Map.copyOf(counts);
  }
}
