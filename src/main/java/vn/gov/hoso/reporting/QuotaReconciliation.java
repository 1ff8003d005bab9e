package vn.gov.hoso.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.hoso.dossier.DossierPlacement;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.QuotaCategory;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.organisation.StaffingQuota;
import vn.gov.hoso.organisation.Unit;

/**
 * Quota against actual for every unit of a subtree, in one pass over lists read with one query each (units,
 * quotas, dossiers, accounts of the subtree): linear in the number of people, whatever the depth of the tree.
 *
 * <ul>
 *   <li>actual of a category in unit U = dossiers kept in U (employing unit) with a personnel category of that quota
 *       (Cán bộ and Công chức → biên chế công chức, Viên chức → số lượng người làm việc, Người lao động → hợp đồng);
 *   <li>recorded here but not working here = a dossier kept in U whose person has no account any more, or an account
 *       in another unit (people outside the subtree included: their account is looked up province-wide);
 *   <li>working here but not recorded = an account of U with the employee role whose dossier is missing or kept in
 *       another unit.
 * </ul>
 */
public final class QuotaReconciliation {

  private QuotaReconciliation() {}

  /**
   * @param units the units of the subtree to report, in the order wanted
   * @param quotas quotas of the year by unit id
   * @param placements dossiers kept in the subtree
   * @param accountUnits unit of every account of the people concerned (subtree accounts and dossier owners), by username
   * @param employees employee accounts of the subtree
   * @param dossierUnits unit of every dossier of those employees, by dossier id = username
   */
  public static List<QuotaReportRow> reconcile(List<Unit> units, Map<String, StaffingQuota> quotas,
      List<DossierPlacement> placements, Map<String, String> accountUnits, List<Account> employees,
      Map<String, String> dossierUnits) {
    Map<String, Map<QuotaCategory, Integer>> counts = new HashMap<>();
    Map<String, Integer> uncategorised = new HashMap<>();
    Map<String, List<PersonMismatch>> recordedNotWorking = new HashMap<>();
    for (DossierPlacement p : placements) {
      Optional<QuotaCategory> category =
          p.personnelCategory() == null ? Optional.empty() : QuotaCategory.of(p.personnelCategory());
      if (category.isPresent()) {
        counts.computeIfAbsent(p.unitId(), k -> new EnumMap<>(QuotaCategory.class))
            .merge(category.get(), 1, Integer::sum);
      } else {
        uncategorised.merge(p.unitId(), 1, Integer::sum);
      }
      String worksIn = accountUnits.get(p.dossierId());
      if (!p.unitId().equals(worksIn)) {
        recordedNotWorking.computeIfAbsent(p.unitId(), k -> new ArrayList<>())
            .add(new PersonMismatch(p.dossierId(), worksIn));
      }
    }
    Map<String, List<PersonMismatch>> workingNotRecorded = new HashMap<>();
    for (Account a : employees) {
      if (!a.hasRole(Role.EMPLOYEE)) {
        continue;
      }
      String recordedIn = dossierUnits.get(a.username());
      if (!a.unitId().equals(recordedIn)) {
        workingNotRecorded.computeIfAbsent(a.unitId(), k -> new ArrayList<>())
            .add(new PersonMismatch(a.username(), recordedIn));
      }
    }
    List<QuotaReportRow> rows = new ArrayList<>();
    for (Unit u : units) {
      StaffingQuota quota = quotas.get(u.id());
      Map<QuotaCategory, Integer> actual = counts.getOrDefault(u.id(), Map.of());
      Map<QuotaCategory, QuotaLine> lines = new EnumMap<>(QuotaCategory.class);
      for (QuotaCategory c : QuotaCategory.values()) {
        lines.put(c, QuotaLine.of(quota == null ? null : quota.of(c), actual.getOrDefault(c, 0)));
      }
      rows.add(new QuotaReportRow(u.id(), u.code(), u.name(), u.path(), lines, uncategorised.getOrDefault(u.id(), 0),
          recordedNotWorking.getOrDefault(u.id(), List.of()), workingNotRecorded.getOrDefault(u.id(), List.of())));
    }
    return rows;
  }
}
