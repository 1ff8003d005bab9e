package vn.gov.hoso.dossier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.PersonRehomed;
import vn.gov.hoso.organisation.UnitSubtreeMoved;

/**
 * Keeps dossiers where their people are, inside the organisation's transaction: a re-homed person's dossier moves to
 * the new unit (with a history row), a moved subtree's dossiers get the new paths.
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
  void on(UnitSubtreeMoved event) {
    dossiers.rebaseUnitPaths(event.oldPath(), event.newPath());
  }
}
