package vn.gov.hoso.reporting;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.TableWriter;
import vn.gov.hoso.dossier.DossierPlacement;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.DatedUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.QuotaCategory;
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

  private static final Map<QuotaCategory, String> CATEGORY_TITLES = Map.of(
      QuotaCategory.CIVIL_SERVANT, "Biên chế công chức",
      QuotaCategory.PUBLIC_EMPLOYEE, "Số lượng người làm việc",
      QuotaCategory.CONTRACT_WORKER, "Hợp đồng lao động");

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

  /**
   * The report as an .xlsx sheet "Biên chế": one row per unit (STT, code, name), per category quota, actual and
   * difference (Biên chế công chức, Số lượng người làm việc, Hợp đồng lao động), the uncategorised dossiers and the
   * sizes of the two reconciliation lists; totals below. An empty cell is a quota not set for the year.
   */
  public void writeExcel(String unitName, int year, List<QuotaReportRow> rows, OutputStream out) {
    try (TableWriter table = TableWriter.xlsx(out, "Biên chế")) {
      table.row(List.of("Đối chiếu biên chế năm " + year + " — " + unitName));
      List<String> header = new ArrayList<>(List.of("STT", "Mã đơn vị", "Đơn vị"));
      for (QuotaCategory category : QuotaCategory.values()) {
        String title = CATEGORY_TITLES.get(category);
        header.addAll(List.of(title + " - giao", title + " - có mặt", title + " - chênh lệch"));
      }
      header.addAll(List.of("Chưa rõ loại cán bộ", "Có hồ sơ, không làm việc tại đơn vị",
          "Làm việc, hồ sơ không ở đơn vị"));
      table.header(header);
      int number = 0;
      int[] quota = new int[QuotaCategory.values().length];
      int[] actual = new int[quota.length];
      int uncategorised = 0;
      for (QuotaReportRow row : rows) {
        List<Object> cells = new ArrayList<>(List.of(++number, row.code(), row.name()));
        for (QuotaCategory category : QuotaCategory.values()) {
          QuotaLine line = row.lines().getOrDefault(category, QuotaLine.of(null, 0));
          cells.add(line.quota() == null ? "" : line.quota());
          cells.add(line.actual());
          cells.add(line.difference() == null ? "" : line.difference());
          quota[category.ordinal()] += line.quota() == null ? 0 : line.quota();
          actual[category.ordinal()] += line.actual();
        }
        cells.addAll(List.of(row.uncategorised(), row.recordedNotWorking().size(), row.workingNotRecorded().size()));
        uncategorised += row.uncategorised();
        table.row(cells);
      }
      List<Object> totals = new ArrayList<>(List.of("", "", "Tổng cộng"));
      for (QuotaCategory category : QuotaCategory.values()) {
        totals.addAll(List.of(quota[category.ordinal()], actual[category.ordinal()],
            quota[category.ordinal()] - actual[category.ordinal()]));
      }
      totals.add(uncategorised);
      table.row(totals);
    }
  }
}
