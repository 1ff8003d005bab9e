package vn.gov.hoso.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.dossier.DossierPlacement;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.DatedUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.StaffingService;
import vn.gov.hoso.organisation.Unit;

/**
 * The quota report of a unit's subtree for a year (see {@link QuotaReconciliation} for the definitions). A fixed
 * number of queries whatever the size of the subtree: units, quotas, job positions, dossiers, accounts of the subtree,
 * then the accounts and dossiers of the people found there that live outside it.
 */
@Service
@Transactional(readOnly = true)
public class QuotaReportService {

  private final OrganisationService organisation;
  private final StaffingService staffing;
  private final DossierService dossiers;

  public QuotaReportService(OrganisationService organisation, StaffingService staffing, DossierService dossiers) {
    this.organisation = organisation;
    this.staffing = staffing;
    this.dossiers = dossiers;
  }

  /**
   * Rows for every unit of the subtree that exists today or still holds people or dossiers, in path order.
   *
   * @throws vn.gov.hoso.common.BusinessException {@code unitNotFound} (404), {@code unitOutOfScope} (403)
   */
  public List<QuotaReportRow> report(String unitId, int year, String actor) {
    Unit root = organisation.requireInScope(actor, unitId);
    List<DossierPlacement> placements = dossiers.placements(root);
    List<Account> subtreeAccounts = organisation.accountsInSubtree(unitId);
    Map<String, String> accountUnits = new HashMap<>();
    subtreeAccounts.forEach(a -> accountUnits.put(a.username(), a.unitId()));
    Set<String> outside = placements.stream().map(DossierPlacement::dossierId)
        .filter(id -> !accountUnits.containsKey(id)).collect(Collectors.toSet());
    organisation.accounts(outside).forEach(a -> accountUnits.put(a.username(), a.unitId()));
    Map<String, String> dossierUnits = new HashMap<>();
    placements.forEach(p -> dossierUnits.put(p.dossierId(), p.unitId()));
    Set<String> unplaced = subtreeAccounts.stream().map(Account::username)
        .filter(u -> !dossierUnits.containsKey(u)).collect(Collectors.toSet());
    dossiers.placementsOf(unplaced).forEach(p -> dossierUnits.put(p.dossierId(), p.unitId()));
    Set<String> occupied = new HashSet<>();
    placements.forEach(p -> occupied.add(p.unitId()));
    subtreeAccounts.forEach(a -> occupied.add(a.unitId()));
    LocalDate today = organisation.today();
    List<Unit> units = organisation.subtree(unitId).stream()
        .filter(u -> u.existsOn(today) || occupied.contains(u.id())).map(DatedUnit::unit).toList();
    return QuotaReconciliation.reconcile(units, staffing.quotasInSubtree(root, year), placements, accountUnits,
        subtreeAccounts, dossierUnits);
  }
}
