package vn.gov.hoso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.DossierPlacement;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.QuotaCategory;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.organisation.StaffingQuota;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.UnitTier;

/**
 * Quota against actual in a school and a commune: the school has 5 places for viên chức and 1 contract; four
 * teachers are recorded, one of whom has been transferred to the commune; a new guard works there without a dossier.
 */
class QuotaReconciliationTest {

  static final Unit COMMUNE = new Unit("PH", "H33.31", "UBND phường Phố Hiến", "HY", UnitTier.DEPARTMENT, "UBND_XA",
      "/HY/PH/");
  static final Unit SCHOOL = new Unit("TH-HN", "H33.31.01", "Trường Tiểu học Hồng Nam", "PH", UnitTier.BASE,
      "TRUONG", "/HY/PH/TH-HN/");

  static final List<DossierPlacement> DOSSIERS = List.of(
      new DossierPlacement("033187023456", "TH-HN", "Viên chức"),
      new DossierPlacement("033079034567", "TH-HN", "Viên chức"),
      new DossierPlacement("036195045678", "TH-HN", "Viên chức"),
      new DossierPlacement("035302067890", "TH-HN", "Viên chức"),
      new DossierPlacement("030091056789", "PH", "Công chức"),
      new DossierPlacement("033193089012", "PH", "Cán bộ"),
      new DossierPlacement("033100000001", "PH", null));

  static final Map<String, String> ACCOUNT_UNITS = Map.of(
      "033187023456", "TH-HN", "033079034567", "TH-HN", "036195045678", "TH-HN",
      "035302067890", "PH", // transferred, dossier still at the school
      "030091056789", "PH", "033193089012", "PH", "033100000001", "PH",
      "034099000002", "TH-HN"); // the new guard

  static final List<Account> EMPLOYEES = ACCOUNT_UNITS.entrySet().stream()
      .map(e -> new Account(e.getKey(), e.getKey(), e.getValue(), Set.of(Role.EMPLOYEE))).toList();

  @Test
  void countsDossiersOfTheUnitByQuotaCategoryAgainstTheQuota() {
    List<QuotaReportRow> rows = reconcile();

    QuotaReportRow school = rows.get(1);
    assertThat(school.unitId()).isEqualTo("TH-HN");
    assertThat(school.lines().get(QuotaCategory.PUBLIC_EMPLOYEE)).isEqualTo(QuotaLine.of(5, 4));
    assertThat(school.lines().get(QuotaCategory.PUBLIC_EMPLOYEE).difference()).isEqualTo(1);
    assertThat(school.lines().get(QuotaCategory.CONTRACT_WORKER)).isEqualTo(QuotaLine.of(1, 0));
    assertThat(school.lines().get(QuotaCategory.CIVIL_SERVANT)).isEqualTo(QuotaLine.of(0, 0));
  }

  @Test
  void countsCadresWithCivilServantsAndLeavesUnknownCategoryOutOfEveryQuota() {
    QuotaReportRow commune = reconcile().get(0);

    assertThat(commune.lines().get(QuotaCategory.CIVIL_SERVANT)).isEqualTo(QuotaLine.of(null, 2));
    assertThat(commune.lines().get(QuotaCategory.CIVIL_SERVANT).difference()).isNull();
    assertThat(commune.uncategorised()).isEqualTo(1);
  }

  @Test
  void listsPeopleRecordedButWorkingElsewhereAndPeopleWorkingWithoutRecord() {
    List<QuotaReportRow> rows = reconcile();

    assertThat(rows.get(1).recordedNotWorking()).containsExactly(new PersonMismatch("035302067890", "PH"));
    assertThat(rows.get(1).workingNotRecorded()).containsExactly(new PersonMismatch("034099000002", null));
    assertThat(rows.get(0).workingNotRecorded()).containsExactly(new PersonMismatch("035302067890", "TH-HN"));
    assertThat(rows.get(0).recordedNotWorking()).isEmpty();
  }

  @Test
  void listsDossierWhoseAccountIsGoneAsRecordedButNotWorking() {
    List<QuotaReportRow> rows = QuotaReconciliation.reconcile(List.of(SCHOOL), Map.of(),
        List.of(new DossierPlacement("033187023456", "TH-HN", "Viên chức")), Map.of(), List.of(), Map.of());

    assertThat(rows.get(0).recordedNotWorking()).containsExactly(new PersonMismatch("033187023456", null));
  }

  private static List<QuotaReportRow> reconcile() {
    Map<String, String> dossierUnits = new java.util.HashMap<>();
    DOSSIERS.forEach(d -> dossierUnits.put(d.dossierId(), d.unitId()));
    return QuotaReconciliation.reconcile(List.of(COMMUNE, SCHOOL),
        Map.of("TH-HN", new StaffingQuota("TH-HN", 2026, 0, 5, 1, "QĐ 15", List.of())), DOSSIERS, ACCOUNT_UNITS,
        EMPLOYEES, dossierUnits);
  }
}
