package vn.gov.hoso.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.catalog.SalaryStep;
import vn.gov.hoso.common.VietnameseText;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.internal.SearchColumns;
import vn.gov.hoso.dossier.internal.SearchFields;
import vn.gov.hoso.dossier.internal.SensitiveContent;
import vn.gov.hoso.dossier.internal.StoredContent;
import vn.gov.hoso.dossier.validation.DossierValidator;
import vn.gov.hoso.dossier.validation.UnitHierarchy;
import vn.gov.hoso.dossier.validation.ValidationContext;
import vn.gov.hoso.dossier.validation.Violation;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * Synthetic province for the benchmark: a unit tree of about 1,100 units under the demo province (sở, ban, ngành with
 * their phòng and public service units; 120 xã/phường with their phòng, schools and trạm y tế), added through
 * {@link OrganisationService} like an administrator would, and N people with an account, an engine user and a complete
 * dossier in all 11 groups (the valid fixture varied per person: name, gender, birth, CCCD, unit, rank and salary
 * history, family), in every status with the history rows that lead there. People are loaded with PostgreSQL COPY;
 * the sensitive fields are sealed by the application's own {@link SensitiveContent}, so the application reads them.
 */
final class ProvinceGenerator {

  static final String PROVINCE_ROOT = "HY";
  static final String PREFIX = "G";
  private static final String PASSWORD = "Kiem-thu@2026";
  private static final int CHUNK = 2_000;
  private static final List<String> COMMUNE_FIRST = List.of("Tân", "Hòa", "An", "Phú", "Đông", "Tây", "Nam", "Bắc",
      "Thanh", "Minh", "Hồng", "Quang");
  private static final List<String> COMMUNE_SECOND = List.of("Lập", "Phong", "Thịnh", "Hưng", "Bình", "Tiến", "Lợi",
      "Hải", "Sơn", "Long");
  private static final List<String> DEPARTMENTS = List.of("Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Xây dựng",
      "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường", "Sở Công Thương",
      "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh",
      "Ban Quản lý các khu công nghiệp tỉnh", "Sở Ngoại vụ");
  private static final List<String> DEPARTMENT_OFFICES = List.of("Văn phòng", "Phòng Kế hoạch - Tài chính",
      "Phòng Tổ chức cán bộ", "Phòng Pháp chế - Thanh tra", "Phòng Quản lý chuyên ngành");
  private static final List<String> CCCD_PROVINCES = List.of("033", "033", "033", "033", "033", "033", "030", "034",
      "035", "036", "037", "038", "001", "022", "031");
  private static final List<String> CIVIL_SERVANT_RANKS = List.of("01.003", "01.003", "01.003", "01.002", "01.004");
  private static final Map<String, List<String>> TITLES_BY_KIND = Map.of(
      "TRUONG_MN", List.of("V.07.02.26"), "TRUONG", List.of("V.07.03.29", "V.07.03.29", "V.07.03.28"),
      "TRAM_Y_TE", List.of("V.08.05.12"), "BENH_VIEN", List.of("V.08.05.12"));

  /** A base unit people work in, its managing agency (first unit above it that is not a base unit) and its weight. */
  record Workplace(String id, String name, String kind, String path, String managingId, int weight) {}

  record Loaded(int units, int people, long rows, double seconds, Map<DossierStatus, Integer> statuses) {
    double rowsPerSecond() {
      return rows / Math.max(seconds, 1e-3);
    }
  }

  private final OrganisationService organisation;
  private final SensitiveContent sensitive;
  private final SearchColumns searchColumns;
  private final CatalogService catalogs;
  private final DossierValidator validator;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final IdentityAdministration identity;
  private final SplittableRandom random;

  ProvinceGenerator(ConfigurableApplicationContext app, long seed) {
    this.organisation = app.getBean(OrganisationService.class);
    this.sensitive = app.getBean(SensitiveContent.class);
    this.searchColumns = app.getBean(SearchColumns.class);
    this.catalogs = app.getBean(CatalogService.class);
    this.validator = app.getBean(DossierValidator.class);
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.dataSource = app.getBean(DataSource.class);
    this.identity = app.getBean(IdentityAdministration.class);
    this.random = new SplittableRandom(seed);
  }

  // ------------------------------------------------------------------------------------------------ unit tree

  /** Adds the unit tree once (idempotent); returns the workplaces. */
  List<Workplace> units() {
    if (!organisation.exists(PREFIX + "-D01")) {
      List<NewUnit> units = new ArrayList<>();
      for (int d = 0; d < DEPARTMENTS.size(); d++) {
        String id = String.format("%s-D%02d", PREFIX, d + 1);
        String name = DEPARTMENTS.get(d) + " tỉnh Hưng Yên";
        units.add(new NewUnit(id, code(id), name, PROVINCE_ROOT, UnitTier.DEPARTMENT, "SO"));
        for (int o = 0; o < DEPARTMENT_OFFICES.size(); o++) {
          String office = id + "-P" + (o + 1);
          units.add(new NewUnit(office, code(office), DEPARTMENT_OFFICES.get(o) + " - " + DEPARTMENTS.get(d), id,
              UnitTier.BASE, "PHONG"));
        }
      }
      String education = PREFIX + "-D04";
      String health = PREFIX + "-D05";
      for (int s = 0; s < 30; s++) {
        String id = education + "-T" + (s + 1);
        units.add(new NewUnit(id, code(id), "Trường THPT " + communeName(s * 7 % 120), education, UnitTier.BASE,
            "TRUONG"));
      }
      for (int h = 0; h < 12; h++) {
        String id = health + "-Y" + (h + 1);
        units.add(new NewUnit(id, code(id), "Trung tâm Y tế khu vực " + communeName(h * 11 % 120), health,
            UnitTier.BASE, "BENH_VIEN"));
      }
      for (String hospital : List.of("Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản - Nhi", "Bệnh viện Y học cổ truyền",
          "Bệnh viện Phổi")) {
        String id = health + "-B" + (units.size() % 100);
        units.add(new NewUnit(id, code(id), hospital + " Hưng Yên", health, UnitTier.BASE, "BENH_VIEN"));
      }
      for (int c = 0; c < 120; c++) {
        String id = String.format("%s-X%03d", PREFIX, c + 1);
        String name = communeName(c);
        String kind = c % 4 == 0 ? "phường" : "xã";
        units.add(new NewUnit(id, code(id), "UBND " + kind + " " + name, PROVINCE_ROOT, UnitTier.DEPARTMENT,
            "UBND_XA"));
        units.add(new NewUnit(id + "-VP", code(id + "-VP"), "Văn phòng HĐND và UBND " + kind + " " + name, id,
            UnitTier.BASE, "PHONG"));
        units.add(new NewUnit(id + "-KT", code(id + "-KT"), "Phòng Kinh tế " + kind + " " + name, id, UnitTier.BASE,
            "PHONG"));
        units.add(new NewUnit(id + "-VH", code(id + "-VH"), "Phòng Văn hóa - Xã hội " + kind + " " + name, id,
            UnitTier.BASE, "PHONG"));
        units.add(new NewUnit(id + "-MN", code(id + "-MN"), "Trường Mầm non " + name, id, UnitTier.BASE,
            "TRUONG_MN"));
        units.add(new NewUnit(id + "-TH", code(id + "-TH"), "Trường Tiểu học " + name, id, UnitTier.BASE, "TRUONG"));
        units.add(new NewUnit(id + "-CS", code(id + "-CS"), "Trường THCS " + name, id, UnitTier.BASE, "TRUONG"));
        units.add(new NewUnit(id + "-YT", code(id + "-YT"), "Trạm Y tế " + kind + " " + name, id, UnitTier.BASE,
            "TRAM_Y_TE"));
      }
      units.forEach(organisation::addUnit);
    }
    List<Workplace> workplaces = new ArrayList<>();
    for (Unit unit : organisation.units()) {
      if (!unit.id().startsWith(PREFIX + "-") || unit.tier() != UnitTier.BASE) {
        continue;
      }
      int weight = switch (unit.kind()) {
        case "BENH_VIEN" -> 120;
        case "TRUONG" -> 45;
        case "TRUONG_MN" -> 30;
        case "TRAM_Y_TE" -> 8;
        default -> 12;
      };
      workplaces.add(new Workplace(unit.id(), unit.name(), unit.kind(), unit.path(), unit.parentId(), weight));
    }
    return workplaces;
  }

  int unitCount() {
    Integer count = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
    return count == null ? 0 : count;
  }

  private static String code(String id) {
    return "H33." + id;
  }

  private static String communeName(int index) {
    return COMMUNE_FIRST.get(index / COMMUNE_SECOND.size() % COMMUNE_FIRST.size()) + " "
        + COMMUNE_SECOND.get(index % COMMUNE_SECOND.size());
  }

  // ------------------------------------------------------------------------------------------------ people

  /** One generated person: the dossier document and where it stands. */
  record Person(String cccd, String fullName, boolean male, LocalDate born, Workplace unit, ObjectNode dossier,
      DossierStatus status, String category) {}

  /** Generates and bulk-loads {@code count} people; returns the counts and the load rate. */
  Loaded load(int count, List<Workplace> workplaces) {
    Set<String> taken = new HashSet<>(jdbc.queryForList("select username from org_account", String.class));
    int totalWeight = workplaces.stream().mapToInt(Workplace::weight).sum();
    String[] credentials = templateCredentials();
    Map<DossierStatus, Integer> statuses = new java.util.EnumMap<>(DossierStatus.class);
    long rows = 0;
    long start = System.nanoTime();
    for (int from = 0; from < count; from += CHUNK) {
      Copy copy = new Copy();
      for (int i = from; i < Math.min(count, from + CHUNK); i++) {
        Person person = person(taken, pick(workplaces, totalWeight));
        statuses.merge(person.status(), 1, Integer::sum);
        write(person, credentials, copy);
      }
      rows += copy.flush(dataSource);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // what autovacuum does soon after a bulk load: statistics, and the visibility map for index-only scans
    jdbc.execute("vacuum analyze");
    return new Loaded(unitCount(), count, rows, seconds, statuses);
  }

  /**
   * Validates {@code sample} generated dossiers with the application's validator; returns the blocking violations
   * found (empty = all valid).
   */
  List<String> validateSample(int sample, List<Workplace> workplaces) {
    int totalWeight = workplaces.stream().mapToInt(Workplace::weight).sum();
    UnitHierarchy units = new UnitHierarchy() {
      @Override
      public boolean isSameOrAncestor(String ancestorUnitId, String unitId) {
        return organisation.isSameOrAncestor(ancestorUnitId, unitId);
      }

      @Override
      public boolean exists(String unitId) {
        return organisation.exists(unitId);
      }
    };
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < sample; i++) {
      Person person = person(new HashSet<>(), pick(workplaces, totalWeight));
      for (Violation violation : validator.validate(person.dossier(), new ValidationContext(person.cccd(), units))) {
        if (violation.isError()) {
          problems.add(person.cccd() + " " + violation.path() + " " + violation.code());
        }
      }
    }
    return problems;
  }

  private Workplace pick(List<Workplace> workplaces, int totalWeight) {
    int pick = random.nextInt(totalWeight);
    for (Workplace workplace : workplaces) {
      pick -= workplace.weight();
      if (pick < 0) {
        return workplace;
      }
    }
    return workplaces.get(0);
  }

  Person person(Set<String> taken, Workplace unit) {
    boolean male = random.nextInt(100) < 46;
    int year = 1970 + random.nextInt(17);
    LocalDate born = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    String province = CCCD_PROVINCES.get(random.nextInt(CCCD_PROVINCES.size()));
    String cccd;
    do {
      cccd = String.format("%s%d%02d%06d", province, male ? 0 : 1, year % 100, random.nextInt(1_000_000));
    } while (!taken.add(cccd));
    String family = VietnameseNames.familyName(random);
    String fullName = VietnameseNames.fullName(random, male, family);
    List<String> titles = TITLES_BY_KIND.get(unit.kind());
    String rankCode = titles != null ? titles.get(random.nextInt(titles.size()))
        : CIVIL_SERVANT_RANKS.get(random.nextInt(CIVIL_SERVANT_RANKS.size()));
    String category = titles != null ? "Viên chức" : "Công chức";
    ObjectNode dossier = dossier(cccd, fullName, male, born, unit, rankCode, category, province);
    int roll = random.nextInt(100);
    DossierStatus status = roll < 15 ? DossierStatus.DRAFT : roll < 25 ? DossierStatus.SUBMITTED
        : roll < 30 ? DossierStatus.REJECTED : roll < 60 ? DossierStatus.CONFIRMED : DossierStatus.SIGNED;
    return new Person(cccd, fullName, male, born, unit, dossier, status, category);
  }

  private ObjectNode dossier(String cccd, String fullName, boolean male, LocalDate born, Workplace unit,
      String rankCode, String category, String cccdProvince) {
    ObjectNode d = DossierFixtures.aCivilServantDossier();
    String provinceCode = catalogs.find(vn.gov.hoso.catalog.Catalog.CCCD_PROVINCE, cccdProvince)
        .map(entry -> entry.attributes().getOrDefault("province_2025_code", "33")).orElse("33");
    d.put("managingAgencyId", unit.managingId());
    d.put("employingUnitId", unit.id());
    d.put("staffNumber", unit.id() + "-" + cccd.substring(6));
    d.put("dossierId", cccd);
    d.put("citizenIdNumber", cccd);
    d.put("fullName", fullName);
    d.put("gender", male ? "Nam" : "Nữ");
    d.put("dateOfBirth", born.toString());
    d.put("citizenIdIssueDate", LocalDate.of(2021, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
    d.put("contactPhone", String.format("09%d%d %03d %03d", random.nextInt(10), random.nextInt(10),
        random.nextInt(1000), random.nextInt(1000)));
    d.put("socialInsuranceNumber", String.format("33%08d", random.nextInt(100_000_000)));
    d.put("healthInsuranceCardNumber", String.format("DN433%010d", random.nextLong(10_000_000_000L)));
    for (String place : List.of("placeOfBirth", "hometown")) {
      ObjectNode node = (ObjectNode) d.get(place);
      node.put("provinceCode", provinceCode);
      node.remove("districtName");
      node.put("communeName", "Xã " + communeName(random.nextInt(120)));
      if (node.has("asOfDate")) {
        node.put("asOfDate", born.toString());
      }
    }
    ObjectNode residence = (ObjectNode) d.get("currentResidence");
    residence.put("provinceCode", "33");
    residence.put("communeName", "Phường " + communeName(random.nextInt(120)));
    residence.put("detail", "Số " + (1 + random.nextInt(200)) + " đường Nguyễn Văn Linh");
    d.put("recruitingAgency", unit.name());
    d.put("personnelCategory", category);
    boolean publicEmployee = "Viên chức".equals(category);
    d.put("mainAssignedWork", publicEmployee ? "Thực hiện nhiệm vụ chuyên môn tại " + unit.name()
        : "Tham mưu công tác chuyên môn của " + unit.name());
    d.put("currentPosition", publicEmployee ? "Viên chức chuyên môn" : "Chuyên viên");
    d.remove("plannedTitles");
    d.remove("currentPartyPosition");
    d.remove("positionAllowanceCoefficient");
    rank(d, rankCode);
    ArrayNode work = d.putArray("workHistory");
    work.addObject().put("fromMonth", "09/2008").put("unit", unit.name())
        .put("titleOrPosition", publicEmployee ? "Viên chức" : "Chuyên viên");
    d.putArray("allowanceHistory").addObject().put("fromMonth", "05/2011").put("allowanceType", "Phụ cấp công vụ")
        .put("percent", 25).put("paymentForm", "Theo tỷ lệ phần trăm lương");
    family(d, fullName, male, born.getYear());
    d.put("heightCm", male ? 160 + random.nextInt(20) : 150 + random.nextInt(15));
    d.put("weightKg", male ? 55 + random.nextInt(25) : 45 + random.nextInt(20));
    d.put("bloodType", List.of("O", "A", "B", "AB").get(random.nextInt(4)));
    return d;
  }

  private void rank(ObjectNode d, String rankCode) {
    RankOrTitle rank = catalogs.rankOrTitle(rankCode)
        .orElseThrow(() -> new IllegalStateException("rank " + rankCode + " not in the catalogue"));
    List<SalaryStep> steps = catalogs.salarySteps(rank.salaryGroup());
    int step = 1 + random.nextInt(Math.min(steps.size(), 6));
    d.put("rankOrTitleName", rank.name());
    d.put("rankOrTitleCode", rank.code());
    d.put("salaryStep", step);
    d.put("salaryCoefficient", steps.get(step - 1).coefficient());
    int lastYear = 2008 + 3 * (step - 1);
    d.put("salaryEffectiveDate", lastYear + "-09-01");
    ArrayNode history = d.putArray("salaryHistory");
    for (int s = 1; s <= step; s++) {
      int from = 2008 + 3 * (s - 1);
      ObjectNode row = history.addObject().put("fromMonth", "09/" + from);
      if (s < step) {
        row.put("toMonth", "08/" + (from + 3));
      }
      row.put("rankOrTitleCode", rank.code()).put("salaryStep", s)
          .put("salaryCoefficient", steps.get(s - 1).coefficient());
    }
  }

  private void family(ObjectNode d, String fullName, boolean male, int born) {
    String family = fullName.substring(0, fullName.indexOf(' '));
    String spouseFamily = VietnameseNames.familyName(random);
    ArrayNode members = d.putArray("familyMembers");
    members.addObject().put("side", "SELF").put("relationship", "Cha")
        .put("fullName", VietnameseNames.fullName(random, true, family)).put("birthYear", born - 26 - random.nextInt(6))
        .put("details", "Nông dân, đã nghỉ; ở tại quê");
    members.addObject().put("side", "SELF").put("relationship", "Mẹ")
        .put("fullName", VietnameseNames.fullName(random, false)).put("birthYear", born - 23 - random.nextInt(6))
        .put("details", "Nông dân; ở tại quê");
    members.addObject().put("side", "SELF").put("relationship", male ? "Vợ" : "Chồng")
        .put("fullName", VietnameseNames.fullName(random, !male, spouseFamily))
        .put("birthYear", born - 2 + random.nextInt(5)).put("details", "Công tác tại tỉnh Hưng Yên")
        .put("occupation", "Viên chức");
    members.addObject().put("side", "SELF").put("relationship", "Con")
        .put("fullName", VietnameseNames.fullName(random, random.nextBoolean(), male ? family : spouseFamily))
        .put("birthYear", Math.min(2020, born + 26 + random.nextInt(6))).put("details", "Học sinh");
    members.addObject().put("side", "SPOUSE").put("relationship", "Cha")
        .put("fullName", VietnameseNames.fullName(random, true, spouseFamily))
        .put("birthYear", born - 28 - random.nextInt(6)).put("details", "Cán bộ hưu trí");
    members.addObject().put("side", "SPOUSE").put("relationship", "Mẹ")
        .put("fullName", VietnameseNames.fullName(random, false)).put("birthYear", born - 25 - random.nextInt(6))
        .put("details", "Nội trợ");
  }

  // ------------------------------------------------------------------------------------------------ rows

  /** The password hash and salt of one engine user, copied to every generated user (they share the test password). */
  private String[] templateCredentials() {
    String template = PREFIX + "-template";
    if (jdbc.queryForList("select id_ from act_id_user where id_ = ?", String.class, template).isEmpty()) {
      identity.provision(new vn.gov.hoso.organisation.Account(template, "Mẫu Người Dùng", PREFIX + "-D01-P1",
          Set.of(vn.gov.hoso.organisation.Role.EMPLOYEE)), PASSWORD);
    }
    return jdbc.queryForObject("select pwd_, salt_ from act_id_user where id_ = ?",
        (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, template);
  }

  private void write(Person p, String[] credentials, Copy copy) {
    String id = p.cccd();
    Instant opened = Instant.parse("2026-09-01T01:00:00Z").plusSeconds(random.nextInt(3_000_000));
    String space = p.fullName().substring(0, p.fullName().lastIndexOf(' '));
    copy.accounts.accept(List.of(id, p.fullName(), p.unit().id(), "EMPLOYEE"));
    copy.users.accept(List.of(id, "1", space, p.fullName().substring(space.length() + 1), credentials[0],
        credentials[1], "0"));
    copy.memberships.accept(List.of(id, "employees"));
    int version = p.status() == DossierStatus.DRAFT ? 0 : 1;
    boolean locked = p.status() == DossierStatus.CONFIRMED || p.status() == DossierStatus.SIGNED;
    String note = p.status() == DossierStatus.REJECTED ? "Ngày cấp CCCD chưa khớp bản giấy, đề nghị khai lại." : null;
    StoredContent draft = sensitive.seal(p.dossier(), SensitiveContent.draftOf(id));
    Instant updated = opened.plusSeconds(86_400L * (version + (locked ? 2 : 0)));
    // the search columns as the application extracts them when it stores a dossier (else its startup backfills them)
    SearchFields f = searchColumns.extract(p.dossier());
    Instant signedAt = opened.plusSeconds(86_400L * 3);
    copy.dossiers.accept(nullable(id, VietnameseText.nfc(p.fullName()), VietnameseText.fold(p.fullName()),
        p.male() ? "Nam" : "Nữ", p.born().toString(), p.unit().id(), p.unit().path(), p.category(), p.status().name(),
        draft.plain(), draft.sensitive(), draft.keyId(), Integer.toString(version), note, opened.toString(),
        updated.toString(), id, "0", Boolean.toString(locked), locked ? "1" : null, "ACTIVE",
        f.rankOrTitleCode(), f.salaryGroup(), text(f.salaryStep()), f.educationLevel(), f.politicalTheoryLevel(),
        f.ethnicityCode(), f.religionCode(), text(f.partyMember()), text(f.firstRecruitmentDate()),
        text(f.positionAppointedDate()), f.jobPosition(),
        p.status() == DossierStatus.SIGNED ? signedAt.toString() : null, Integer.toString(SearchFields.VERSION)));
    List<Object[]> history = new ArrayList<>();
    history.add(new Object[] {opened, "admin", HistoryAction.OPEN, DossierStatus.DRAFT, null, null});
    history.add(new Object[] {opened.plusSeconds(3_600), id, HistoryAction.SAVE_DRAFT, DossierStatus.DRAFT, null,
        null});
    if (version == 1) {
      StoredContent sealed = sensitive.seal(p.dossier(), SensitiveContent.versionOf(id, 1));
      Instant submitted = opened.plusSeconds(86_400);
      copy.versions.accept(List.of(id, "1", sealed.plain(), sealed.sensitive(), sealed.keyId(), id,
          submitted.toString()));
      history.add(new Object[] {submitted, id, HistoryAction.SUBMIT, DossierStatus.SUBMITTED, 1, null});
      String focal = "focal." + p.unit().managingId();
      if (p.status() == DossierStatus.REJECTED) {
        history.add(new Object[] {submitted.plusSeconds(86_400), focal, HistoryAction.REJECT, DossierStatus.REJECTED,
            1, note});
      }
      if (locked) {
        history.add(new Object[] {submitted.plusSeconds(86_400), focal, HistoryAction.CONFIRM,
            DossierStatus.CONFIRMED, 1, null});
      }
      if (p.status() == DossierStatus.SIGNED) {
        history.add(new Object[] {signedAt, "head." + p.unit().managingId(), HistoryAction.SIGN,
            DossierStatus.SIGNED, 1, null});
      }
    }
    for (Object[] h : history) {
      copy.history.accept(nullable(id, h[0].toString(), (String) h[1], ((HistoryAction) h[2]).name(),
          ((DossierStatus) h[3]).name(), h[4] == null ? null : h[4].toString(), (String) h[5]));
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  private static List<String> nullable(String... values) {
    return java.util.Arrays.asList(values);
  }

  /** CSV buffers of one chunk, one per table, written with COPY in one transaction. */
  private static final class Copy {
    private final StringBuilder accountRows = new StringBuilder();
    private final StringBuilder userRows = new StringBuilder();
    private final StringBuilder membershipRows = new StringBuilder();
    private final StringBuilder dossierRows = new StringBuilder();
    private final StringBuilder versionRows = new StringBuilder();
    private final StringBuilder historyRows = new StringBuilder();
    final Consumer<List<String>> accounts = row -> csv(accountRows, row);
    final Consumer<List<String>> users = row -> csv(userRows, row);
    final Consumer<List<String>> memberships = row -> csv(membershipRows, row);
    final Consumer<List<String>> dossiers = row -> csv(dossierRows, row);
    final Consumer<List<String>> versions = row -> csv(versionRows, row);
    final Consumer<List<String>> history = row -> csv(historyRows, row);
    private long rows;

    private void csv(StringBuilder out, List<String> row) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        String value = row.get(i);
        if (value != null) {
          out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
      }
      out.append('\n');
      rows++;
    }

    long flush(DataSource dataSource) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy org_account (username, display_name, unit_id, roles) from stdin (format csv)",
            new StringReader(accountRows.toString()));
        copy.copyIn("copy act_id_user (id_, rev_, first_, last_, pwd_, salt_, attempts_) from stdin (format csv)",
            new StringReader(userRows.toString()));
        copy.copyIn("copy act_id_membership (user_id_, group_id_) from stdin (format csv)",
            new StringReader(membershipRows.toString()));
        copy.copyIn("copy dossier (id, full_name, full_name_search, gender, date_of_birth, employing_unit_id, "
            + "unit_path, personnel_category, status, content, sensitive_content, sensitive_key_id, current_version, "
            + "last_note, created_at, updated_at, updated_by, row_version, locked, locked_version, employment_status, "
            + "rank_or_title_code, salary_group, salary_step, education_level, political_theory_level, ethnicity_code, "
            + "religion_code, party_member, first_recruitment_date, position_appointed_date, job_position, "
            + "last_signed_at, search_columns_version) from stdin (format csv)", new StringReader(dossierRows.toString()));
        copy.copyIn("copy dossier_version (dossier_id, number, content, sensitive_content, sensitive_key_id, "
            + "submitted_by, submitted_at) from stdin (format csv)", new StringReader(versionRows.toString()));
        copy.copyIn("copy dossier_history (dossier_id, at, actor, action, status, version_number, note) "
            + "from stdin (format csv)", new StringReader(historyRows.toString()));
        connection.commit();
        return rows;
      } catch (Exception e) {
        throw new IllegalStateException("bulk load failed", e);
      }
    }
  }

  static Instant at(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
