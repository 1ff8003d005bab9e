package vn.gov.hoso.organisation;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.internal.OrganisationStore;

/** Staffing quotas (biên chế, số lượng người làm việc, hợp đồng lao động) and job positions per unit and year. */
@Service
@Transactional(readOnly = true)
public class StaffingService {

  private final OrganisationStore store;
  private final OrganisationService organisation;

  public StaffingService(OrganisationStore store, OrganisationService organisation) {
    this.store = store;
    this.organisation = organisation;
  }

  /**
   * Replaces a unit's quotas and job positions for the year (Sở Nội vụ administrator only).
   *
   * @throws BusinessException {@code administratorOnly} (403), {@code unitNotFound} (404)
   */
  @Transactional
  public StaffingQuota set(StaffingQuota quota, String actor) {
    organisation.requireAdministrator(actor);
    if (!organisation.exists(quota.unitId())) {
      throw new BusinessException("unitNotFound", ErrorKind.NOT_FOUND, quota.unitId());
    }
    store.replace(quota);
    return quota;
  }

  /** Seeds quotas without a caller (demo data, imports run by the system). */
  @Transactional
  public void load(StaffingQuota quota) {
    store.replace(quota);
  }

  /**
   * The quotas of a unit in the caller's scope.
   *
   * @throws BusinessException {@code unitNotFound} (404), {@code unitOutOfScope} (403)
   */
  public Optional<StaffingQuota> quota(String unitId, int year, String actor) {
    Unit unit = organisation.requireInScope(actor, unitId);
    return Optional.ofNullable(store.quotasInSubtree(unit.path(), year).get(unitId));
  }

  /** The quotas of every unit in the subtree for the year, by unit id (no scope check: the caller checked it). */
  public Map<String, StaffingQuota> quotasInSubtree(Unit root, int year) {
    return store.quotasInSubtree(root.path(), year);
  }
}
