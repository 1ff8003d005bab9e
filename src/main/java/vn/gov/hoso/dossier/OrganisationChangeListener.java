package vn.gov.hoso.dossier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.PersonRehomed;
import vn.gov.hoso.organisation.PersonTransferred;
import vn.gov.hoso.organisation.UnitSubtreeMoved;

/**
 * Keeps dossiers where their people are, inside the organisation's transaction: a re-homed person's dossier moves to
 * the new unit (with a history row), a transferred person's career table gets the new unit's row, a moved subtree's
 * dossiers get the new paths.
 */
@Component
class OrganisationChangeListener {

  private final DossierService dossiers;

  OrganisationChangeListener(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @EventListener
  void on(PersonRehomed event) {
    dossiers.moveToUnit(event.username(), event.toUnitId(), event.actor(), event.fromUnitId()
        + " → " + event.toUnitId());
  }

  @EventListener
  void on(PersonTransferred event) {
    dossiers.appendWorkHistory(event.username(),
        WorkHistoryRow.from(event.effectiveDate(), event.toUnitName(), event.positionName()), event.actor());
  }

  @EventListener
  void on(UnitSubtreeMoved event) {
    dossiers.rebaseUnitPaths(event.oldPath(), event.newPath());
  }
}
