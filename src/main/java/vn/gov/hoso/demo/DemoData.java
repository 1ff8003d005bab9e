package vn.gov.hoso.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.OpenDossier;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.JobPosition;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.QuotaCategory;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.organisation.StaffingQuota;
import vn.gov.hoso.organisation.StaffingService;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * Loads the demo province once (skipped when its root unit exists). Opening each employee's dossier starts their
 * {@code dossier-declaration}. The demo users of the engine's identity store are provisioned at every start when
 * missing.
 */
@Component
@Order(100)
@ConditionalOnProperty(prefix = "hoso.demo", name = "enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String ROOT = "HY";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /**
   * A seeded employee. {@code rank}: rank or professional title code of the recruitment decision (30.1), null for a
   * Người lao động; {@code position}: job position code of the unit's seeded staffing plan ({@link #QUOTAS}), or null.
   */
  record Person(String cccd, String name, String gender, LocalDate born, String unitId, String category,
      @Nullable String rank, @Nullable String position) {}

  static final List<NewUnit> UNITS = List.of(
      new NewUnit(ROOT, "H33", "UBND tỉnh Hưng Yên", null, UnitTier.PROVINCE, "UBND_TINH"),
      new NewUnit("SNV", "H33.10", "Sở Nội vụ tỉnh Hưng Yên", ROOT, UnitTier.PROVINCE, "SO"),
      new NewUnit("STC", "H33.12", "Sở Tài chính tỉnh Hưng Yên", ROOT, UnitTier.DEPARTMENT, "SO"),
      new NewUnit("STC-VP", "H33.12.01", "Văn phòng Sở Tài chính", "STC", UnitTier.BASE, "PHONG"),
      new NewUnit("STC-NS", "H33.12.02", "Phòng Quản lý ngân sách", "STC", UnitTier.BASE, "PHONG"),
      new NewUnit("PH", "H33.31", "UBND phường Phố Hiến", ROOT, UnitTier.DEPARTMENT, "UBND_XA"),
      new NewUnit("TH-HN", "H33.31.01", "Trường Tiểu học Hồng Nam", "PH", UnitTier.BASE, "TRUONG"));

  static final List<Account> OFFICERS = List.of(
      new Account("admin", "Quản trị Sở Nội vụ", "SNV", Set.of(Role.SNV_ADMIN)),
      new Account("snv.giamdoc", "Lê Văn Thành", "SNV", Set.of(Role.SNV_DIRECTOR)),
      new Account("stc.daumoi", "Nguyễn Thị Hương", "STC", Set.of(Role.FOCAL_OFFICER)),
      new Account("stc.thutruong", "Trần Văn Quang", "STC", Set.of(Role.UNIT_HEAD)),
      new Account("th.daumoi", "Phạm Thị Hoa", "TH-HN", Set.of(Role.FOCAL_OFFICER)),
      new Account("th.hieutruong", "Đỗ Văn Minh", "TH-HN", Set.of(Role.UNIT_HEAD)));

  static final List<Person> EMPLOYEES = List.of(
      new Person("038185011234", "Bùi Thị Thủy", "Nữ", LocalDate.of(1985, 3, 14), "STC",
          "Công chức", "01.003", null),
      new Person("033080002345", "Nguyễn Văn Hùng", "Nam", LocalDate.of(1980, 7, 2), "STC-NS",
          "Công chức", "01.002", "CV-NS"),
      new Person("033190004567", "Trần Thị Mai", "Nữ", LocalDate.of(1990, 11, 20), "STC-VP",
          "Công chức", "01.003", "CV-TH"),
      new Person("034088006789", "Phạm Quốc Bảo", "Nam", LocalDate.of(1988, 1, 9), "STC-NS",
          "Công chức", "01.003", "CV-NS"),
      new Person("001192012345", "Lê Thu Hà", "Nữ", LocalDate.of(1992, 5, 17), "STC-VP",
          "Người lao động", null, "NV-VT"),
      new Person("033187023456", "Đỗ Thị Hồng Nhung", "Nữ", LocalDate.of(1987, 9, 25), "TH-HN",
          "Viên chức", "V.07.03.28", "GV-TH"),
      new Person("033079034567", "Vũ Đức Thắng", "Nam", LocalDate.of(1979, 12, 3), "TH-HN",
          "Viên chức", "V.07.03.28", "GV-TH"),
      new Person("036195045678", "Hoàng Thị Lan Anh", "Nữ", LocalDate.of(1995, 2, 28), "TH-HN",
          "Viên chức", "V.07.03.29", "GV-TH"),
      new Person("035302067890", "Đặng Khánh Linh", "Nữ", LocalDate.of(2002, 8, 8), "TH-HN",
          "Viên chức", "V.07.03.29", "GV-TH"),
      new Person("030091056789", "Ngô Minh Tuấn", "Nam", LocalDate.of(1991, 6, 11), "PH",
          "Công chức", "01.003", null),
      new Person("033193089012", "Phan Thị Thu Trang", "Nữ", LocalDate.of(1993, 10, 10), "PH",
          "Công chức", "01.003", null),
      new Person("037084078901", "Trịnh Văn Nam", "Nam", LocalDate.of(1984, 4, 30), "SNV",
          "Công chức", "01.002", null),
      new Person("034186078912", "Nguyễn Thị Thủy", "Nữ", LocalDate.of(1986, 6, 19), "STC-NS",
          "Công chức", "01.003", "CV-NS"),
      // retirements (Nghị định 135/2020/NĐ-CP, Appendix I): four in 2027, one in 2026, one in 2028; the 2027 dates
      // fall in September–December so the demo clock moves of other tests (to 2026-12 or 2027-02) open no notice
      new Person("033065012345", "Đinh Văn Bình", "Nam", LocalDate.of(1965, 12, 1), "STC-NS",
          "Công chức", "01.002", "CV-NS"),
      new Person("033066023456", "Lương Văn Cường", "Nam", LocalDate.of(1966, 3, 31), "TH-HN",
          "Viên chức", "06.032", "KT"),
      new Person("033170034567", "Tạ Thị Hạnh", "Nữ", LocalDate.of(1970, 5, 20), "STC",
          "Công chức", "01.002", null),
      new Person("033170045678", "Mai Thị Loan", "Nữ", LocalDate.of(1970, 8, 31), "PH",
          "Công chức", "01.002", null),
      new Person("033065056789", "Kiều Văn Dũng", "Nam", LocalDate.of(1965, 3, 10), "SNV",
          "Công chức", "01.002", null),
      new Person("033170067890", "Lã Thị Hoa", "Nữ", LocalDate.of(1970, 9, 2), "TH-HN",
          "Viên chức", "V.07.03.28", "GV-TH"));

  /** The year of the seeded quotas. */
  static final int QUOTA_YEAR = 2026;

  /** Staffing quotas 2026 of the demo units (biên chế công chức, số lượng người làm việc, hợp đồng lao động). */
  static final List<StaffingQuota> QUOTAS = List.of(
      new StaffingQuota("SNV", QUOTA_YEAR, 30, 0, 3, "QĐ 12/QĐ-UBND", List.of()),
      new StaffingQuota("STC", QUOTA_YEAR, 25, 0, 2, "QĐ 12/QĐ-UBND", List.of()),
      new StaffingQuota("STC-VP", QUOTA_YEAR, 2, 0, 1, "QĐ 12/QĐ-UBND", List.of(
          new JobPosition("CV-TH", "Chuyên viên tổng hợp", QuotaCategory.CIVIL_SERVANT, 2),
          new JobPosition("NV-VT", "Nhân viên văn thư", QuotaCategory.CONTRACT_WORKER, 1))),
      new StaffingQuota("STC-NS", QUOTA_YEAR, 3, 0, 0, "QĐ 12/QĐ-UBND", List.of(
          new JobPosition("CV-NS", "Chuyên viên quản lý ngân sách", QuotaCategory.CIVIL_SERVANT, 3))),
      new StaffingQuota("PH", QUOTA_YEAR, 2, 0, 1, "QĐ 12/QĐ-UBND", List.of()),
      new StaffingQuota("TH-HN", QUOTA_YEAR, 0, 5, 1, "QĐ 15/QĐ-UBND", List.of(
          new JobPosition("GV-TH", "Giáo viên tiểu học", QuotaCategory.PUBLIC_EMPLOYEE, 4),
          new JobPosition("KT", "Kế toán", QuotaCategory.PUBLIC_EMPLOYEE, 1),
          new JobPosition("BV", "Bảo vệ", QuotaCategory.CONTRACT_WORKER, 1))));

  private final OrganisationService organisation;
  private final StaffingService staffing;
  private final DossierService dossiers;
  private final IdentityAdministration identity;
  private final DemoProperties properties;
  private final TransactionTemplate transaction;

  DemoData(OrganisationService organisation, StaffingService staffing, DossierService dossiers, IdentityAdministration identity,
      DemoProperties properties, TransactionTemplate transaction) {
    this.organisation = organisation;
    this.staffing = staffing;
    this.dossiers = dossiers;
    this.identity = identity;
    this.properties = properties;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (organisation.exists(ROOT)) {
      LOG.info("Demo province already loaded");
      // people appended to EMPLOYEES after the province was loaded
      transaction.executeWithoutResult(status -> EMPLOYEES.stream()
          .filter(p -> organisation.account(p.cccd()).isEmpty() && organisation.exists(p.unitId()))
          .forEach(this::addEmployee));
    } else {
      transaction.executeWithoutResult(status -> {
        UNITS.forEach(organisation::addUnit);
        OFFICERS.forEach(organisation::addAccount);
        EMPLOYEES.forEach(this::addEmployee);
      });
      LOG.info("Demo province loaded: {} units, {} officers, {} employees with a running declaration",
          UNITS.size(), OFFICERS.size(), EMPLOYEES.size());
    }
    organisation.unit(ROOT).filter(root -> staffing.quotasInSubtree(root, QUOTA_YEAR).isEmpty())
        .ifPresent(root -> transaction.executeWithoutResult(status -> QUOTAS.forEach(staffing::load)));
    // Engine users at every start, when missing: the province may have been loaded under the keycloak profile, where
    // the engine keeps no users (provision does nothing there; scripts/keycloak.sh demo-users creates them).
    transaction.executeWithoutResult(status -> {
      OFFICERS.forEach(officer -> identity.provision(officer, properties.password()));
      EMPLOYEES.forEach(p -> identity.provision(
          new Account(p.cccd(), p.name(), p.unitId(), Set.of(Role.EMPLOYEE)), properties.password()));
    });
  }

  private void addEmployee(Person p) {
    organisation.addAccount(new Account(p.cccd(), p.name(), p.unitId(), Set.of(Role.EMPLOYEE)));
    dossiers.open(new OpenDossier(p.cccd(), p.name(), p.gender(), p.born(), p.unitId(), p.category(), p.rank(),
        p.position(), p.position() == null ? null : positionName(p.unitId(), p.position())), "admin");
  }

  private static String positionName(String unitId, String code) {
    return QUOTAS.stream().filter(q -> q.unitId().equals(unitId)).flatMap(q -> q.positions().stream())
        .filter(position -> position.code().equals(code)).map(JobPosition::name).findFirst()
        .orElseThrow(() -> new IllegalStateException("no job position " + code + " in the quotas of " + unitId));
  }
}
