package vn.gov.hoso.workflow;

import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * Bean {@code signingTiers}: which monthly signing window a unit's head signs in, for the timers of the models, e.g.
 * {@code ${deadlines.signingWindowOpens(signingTiers.of(unitId))}}. The tier of the unit's organisation tier: base
 * units sign in the {@code BASE} window, departments and communes in {@code DEPARTMENT}, the province in
 * {@code PROVINCE} (see {@code SigningWindows}).
 */
@Component("signingTiers")
public class SigningTiers {

  private final OrganisationService organisation;

  public SigningTiers(OrganisationService organisation) {
    this.organisation = organisation;
  }

  /**
   * @param unitId the employing unit (process variable {@code unitId})
   * @return {@code BASE}, {@code DEPARTMENT} or {@code PROVINCE}
   */
  public String of(String unitId) {
    Unit unit = organisation.unit(unitId)
        .orElseThrow(() -> new IllegalStateException("unit " + unitId + " does not exist"));
    return switch (unit.tier()) {
      case BASE -> "BASE";
      case DEPARTMENT -> "DEPARTMENT";
      case PROVINCE -> "PROVINCE";
    };
  }
}
