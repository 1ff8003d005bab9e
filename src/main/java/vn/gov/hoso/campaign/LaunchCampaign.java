package vn.gov.hoso.campaign;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Sở Nội vụ launches a campaign: everybody whose dossier is kept in the subtree of {@code unitId} declares by
 * {@code deadline} (24:00 of that day, Vietnam time).
 */
public record LaunchCampaign(String name, String unitId, LocalDate deadline) {

  public LaunchCampaign {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(deadline, "deadline");
  }
}
