package vn.gov.hoso.campaign;

import java.util.List;

/** The dashboard of a campaign for one unit: a row per child unit (and one for the unit itself), and the totals. */
public record CampaignDashboard(CampaignView campaign, String unitId, String unitName, List<DashboardRow> units,
    DashboardRow total) {

  public CampaignDashboard {
    units = List.copyOf(units);
  }
}
