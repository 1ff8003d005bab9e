package vn.gov.hoso.dossier.validation;

import static vn.gov.hoso.dossier.schema.DossierValues.isEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogEntry;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.CccdGenderCentury;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.catalog.SalaryStep;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.FieldSpec;
import vn.gov.hoso.dossier.schema.TableSpec;

/**
 * Validates a dossier's JSON content (an object keyed by the top-level identifiers of {@link DossierSchema}; tables are
 * arrays of row objects) as it must be at submission. It never throws on malformed content: every problem is a
 * {@link Violation}; an empty list means the dossier can be submitted. Warnings never block.
 *
 * <p>Conventions: {@code null}, an absent member, a blank string, an empty array and an object whose members are all
 * empty are all "empty". "Today" is the date in Asia/Ho_Chi_Minh from the injected clock. Catalog codes of top-level
 * fields must be in force today; those in a table row must be in force on the row's date (first day of
 * {@code fromMonth}, else 31 December of {@code year}, else today), so historical rows are judged by the law of their
 * time.
 *
 * <p>Deliberate choices: {@code dossierId} may be absent (the server knows the dossier's number; when present it must
 * equal it); for periods a shared boundary month (one row to {@code 09/2020}, the next from {@code 09/2020}) is not an
 * overlap; a beyond-scale seniority allowance of 0 counts as none; the minimum rows of a table (work history) apply to
 * staff, not to Người lao động; administrative discipline forms are checked against the forms of the person's
 * category and rejected only when every matching row ended before the decision month (the catalog has no start date
 * for the forms in force before 01/7/2025). Conditions the content cannot show (social insurance paid, leadership
 * position held, job positions assigned) are not enforced for socialInsuranceNumber, positionAllowanceCoefficient,
 * jobPositionName and jobPositionCode.
 */
@Component
public final class DossierValidator {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Pattern MONTH_YEAR = Pattern.compile("(0[1-9]|1[0-2])/([0-9]{4})");
  private static final Pattern CCCD = Pattern.compile("[0-9]{12}");
  private static final Pattern PHONE = Pattern.compile("0[0-9]{9}");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[ .]");
  private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’-]*[\\p{L}\\p{M}]");

  private static final String NGUOI_LAO_DONG = "Người lao động";
  private static final Set<String> STAFF = Set.of("Cán bộ", "Công chức", "Viên chức");
  private static final Set<String> SCALE_PAID = Set.of("Công chức", "Viên chức");
  private static final List<String> SALARY_FIELDS =
      List.of("rankOrTitleName", "rankOrTitleCode", "salaryStep", "salaryCoefficient", "salaryEffectiveDate");
  private static final Set<String> SPOUSE_SIDE_RELATIONSHIPS = Set.of("Cha", "Mẹ", "Anh", "Chị", "Em", "Cha nuôi",
      "Mẹ nuôi");
  private static final Set<String> SPOUSES = Set.of("Vợ", "Chồng");
  private static final String HANH_CHINH = "Hành chính";
  private static final String NOT_COMPLETED_RATING = "Không hoàn thành nhiệm vụ";
  private static final int MIN_SENIORITY_PERCENT = 5;

  /** Inclusive bounds of INT fields, keyed by qualified id (top-level id, or table.column). */
  private static final Map<String, IntRange> RANGES = Map.of(
      "heightCm", new IntRange(50, 250),
      "weightKg", new IntRange(20, 300),
      "generalEducationGrade", new IntRange(1, 12));

  /** Numbers that must be greater than zero, keyed by qualified id. */
  private static final Set<String> POSITIVE = Set.of(
      "salaryStep", "jobPositionSalaryStep", "salaryHistory.salaryStep", "jobPositionSalaryAmount");

  private final DossierSchema schema;
  private final CatalogService catalogs;
  private final Clock clock;

  public DossierValidator(DossierSchema schema, CatalogService catalogs, Clock clock) {
    this.schema = schema;
    this.catalogs = catalogs;
    this.clock = clock;
  }

  /** All violations of the content, errors and warnings, in schema order then rule order. */
  public List<Violation> validate(JsonNode content, ValidationContext ctx) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(ctx, "ctx");
    Run run = new Run(content, ctx, LocalDate.now(clock.withZone(ZONE)));
    run.validate();
    return List.copyOf(run.violations);
  }

  private record IntRange(int min, int max) {}

  private record Row(int index, JsonNode node) {}

  private record MonthPeriod(int index, YearMonth from, @Nullable YearMonth to) {

    YearMonth end() {
      return to == null ? YearMonth.of(9999, 12) : to;
    }
  }

  /** The state of one validation call. */
  private final class Run {
    private final JsonNode content;
    private final ValidationContext ctx;
    private final LocalDate today;
    private final List<Violation> violations = new ArrayList<>();
    private @Nullable String category;

    Run(JsonNode content, ValidationContext ctx, LocalDate today) {
      this.content = content;
      this.ctx = ctx;
      this.today = today;
    }

    void validate() {
      if (!content.isObject()) {
        add(ViolationCode.INVALID_DOCUMENT, "", "Hồ sơ");
        return;
      }
      category = enumValue("personnelCategory");
      for (Map.Entry<String, JsonNode> member : content.properties()) {
        if (!schema.topLevelKeys().contains(member.getKey())) {
          add(ViolationCode.UNKNOWN_FIELD, member.getKey(), member.getKey());
        }
      }
      for (String key : schema.topLevelKeys()) {
        var field = schema.field(key);
        if (field.isPresent()) {
          // dossierId may be left to the server, which knows the dossier's number
          checkValue(field.get(), content.get(key), key, key, today, !"dossierId".equals(key));
        } else {
          schema.table(key).ifPresent(this::checkTable);
        }
      }
      checkIdentity();
      checkUnits();
      checkDates();
      checkConditionalRequirements();
      checkSalary();
      checkSalaryHistory();
      checkAllowanceHistory();
      checkWorkHistory();
      checkAnnualRecords();
      checkDisciplineRecords();
      checkFamilyMembers();
      checkCommitment();
    }

    // --------------------------------------------------------------------------------------------------------------
    // Generic, schema-driven checks

    private void checkValue(FieldSpec spec, @Nullable JsonNode node, String path, String qualifiedId, LocalDate asOf,
        boolean requireIfMandatory) {
      if (isEmpty(node)) {
        if (requireIfMandatory && spec.isMandatory()) {
          add(ViolationCode.REQUIRED, path, spec.labelVi());
        }
        return;
      }
      String label = spec.labelVi();
      switch (spec.type()) {
        case STRING, TEXT -> {
          if (!node.isTextual()) {
            add(ViolationCode.INVALID_TEXT, path, label);
          } else {
            checkLength(spec, node.textValue(), path);
            if ("communeCode".equals(spec.id()) && !COMMUNE_CODE.matcher(node.textValue().strip()).matches()) {
              add(ViolationCode.INVALID_COMMUNE_CODE, path, label);
            }
          }
        }
        case IMAGE -> {
          if (!node.isTextual()) {
            add(ViolationCode.INVALID_TEXT, path, label);
          }
        }
        case UNIT_REF -> {
          if (!node.isTextual()) {
            add(ViolationCode.INVALID_TEXT, path, label);
          } else if (!ctx.units().exists(node.textValue().strip())) {
            add(ViolationCode.UNKNOWN_UNIT, path, label, node.textValue());
          }
        }
        case DATE -> {
          if (date(node) == null) {
            add(ViolationCode.INVALID_DATE, path, label, display(node));
          }
        }
        case MONTH_YEAR -> {
          if (month(node) == null) {
            add(ViolationCode.INVALID_MONTH_YEAR, path, label, display(node));
          }
        }
        case YEAR -> {
          if (year(node) == null) {
            add(ViolationCode.INVALID_YEAR, path, label, display(node));
          }
        }
        case INT -> checkInteger(node, path, qualifiedId, label);
        case PERCENT -> {
          Integer value = integer(node);
          if (value == null) {
            add(ViolationCode.INVALID_INTEGER, path, label, display(node));
          } else if (value < 0 || value > 100) {
            add(ViolationCode.OUT_OF_RANGE, path, label, "0", "100");
          }
        }
        case MONEY_VND -> {
          BigDecimal value = decimal(node);
          if (value == null || !isWhole(value)) {
            add(ViolationCode.INVALID_INTEGER, path, label, display(node));
          } else {
            checkSign(value, path, qualifiedId, label);
          }
        }
        case DECIMAL -> {
          BigDecimal value = decimal(node);
          if (value == null) {
            add(ViolationCode.INVALID_NUMBER, path, label, display(node));
          } else {
            checkSign(value, path, qualifiedId, label);
          }
        }
        case ENUM -> {
          String value = text(node);
          if (value == null || !spec.enumValues().contains(value)) {
            add(ViolationCode.INVALID_ENUM_VALUE, path, label, display(node));
          }
        }
        case CATALOG_REF -> checkCatalogCode(spec, node, path, asOf);
        case BOOLEAN -> {
          if (!node.isBoolean()) {
            add(ViolationCode.INVALID_BOOLEAN, path, label);
          }
        }
        case STRING_LIST -> checkStringList(spec, node, path);
        case OBJECT -> checkObject(spec, node, path, qualifiedId, asOf);
      }
    }

    private void checkLength(FieldSpec spec, String value, String path) {
      if (spec.maxLength() > 0) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (nfc.codePointCount(0, nfc.length()) > spec.maxLength()) {
          add(ViolationCode.TOO_LONG, path, spec.labelVi(), spec.maxLength());
        }
      }
    }

    private void checkInteger(JsonNode node, String path, String qualifiedId, String label) {
      Integer value = integer(node);
      if (value == null) {
        add(ViolationCode.INVALID_INTEGER, path, label, display(node));
        return;
      }
      IntRange range = RANGES.get(qualifiedId);
      if (range != null && (value < range.min() || value > range.max())) {
        add(ViolationCode.OUT_OF_RANGE, path, label, range.min(), range.max());
      } else if (POSITIVE.contains(qualifiedId) && value < 1) {
        add(ViolationCode.MUST_BE_POSITIVE, path, label);
      }
    }

    private void checkSign(BigDecimal value, String path, String qualifiedId, String label) {
      if (value.signum() < 0) {
        add(ViolationCode.MUST_NOT_BE_NEGATIVE, path, label);
      } else if (value.signum() == 0 && POSITIVE.contains(qualifiedId)) {
        add(ViolationCode.MUST_BE_POSITIVE, path, label);
      }
    }

    private void checkCatalogCode(FieldSpec spec, JsonNode node, String path, LocalDate asOf) {
      String label = spec.labelVi();
      String code = text(node);
      Catalog catalog = Objects.requireNonNull(spec.catalog());
      if (code == null) {
        add(ViolationCode.UNKNOWN_CODE, path, label, display(node));
        return;
      }
      if (catalog == Catalog.CIVIL_SERVANT_RANK || catalog == Catalog.PROFESSIONAL_TITLE) {
        // rank and title codes share one field; rankOrTitle() normalises and searches both lists
        if (catalogs.rankOrTitle(code).isEmpty()) {
          add(ViolationCode.UNKNOWN_CODE, path, label, code);
        }
        return;
      }
      if (catalogs.find(catalog, code).isEmpty()) {
        add(ViolationCode.UNKNOWN_CODE, path, label, code);
      } else if (!catalogs.isValid(catalog, code, asOf)) {
        add(ViolationCode.CODE_NOT_IN_FORCE, path, label, code, asOf.format(DISPLAY_DATE));
      } else if (catalog == Catalog.ETHNIC_GROUP && !catalogs.isSelectableEthnicGroup(code)) {
        add(ViolationCode.CODE_NOT_SELECTABLE, path, label, code);
      }
    }

    private void checkStringList(FieldSpec spec, JsonNode node, String path) {
      if (!node.isArray()) {
        add(ViolationCode.INVALID_LIST, path, spec.labelVi());
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (isEmpty(item)) {
          continue;
        }
        String itemPath = path + "[" + i + "]";
        if (!item.isTextual()) {
          add(ViolationCode.INVALID_LIST, itemPath, spec.labelVi());
        } else {
          checkLength(spec, item.textValue(), itemPath);
        }
      }
    }

    private void checkObject(FieldSpec spec, JsonNode node, String path, String qualifiedId, LocalDate asOf) {
      if (!node.isObject()) {
        add(ViolationCode.INVALID_OBJECT, path, spec.labelVi());
        return;
      }
      reportUnknownMembers(node, spec.components(), path);
      for (FieldSpec component : spec.components()) {
        checkValue(component, node.get(component.id()), path + "." + component.id(),
            qualifiedId + "." + component.id(), asOf, true);
      }
    }

    private void checkTable(TableSpec table) {
      JsonNode node = content.get(table.id());
      int count = 0;
      if (!isEmpty(node)) {
        if (!node.isArray()) {
          add(ViolationCode.INVALID_TABLE, table.id(), table.labelVi());
          return;
        }
        count = node.size();
      }
      // Người lao động declare on the labour-contract form; the minimum rows are for staff only
      if (count < table.minRows() && !NGUOI_LAO_DONG.equals(category)) {
        add(ViolationCode.TOO_FEW_ROWS, table.id(), table.labelVi(), table.minRows());
      }
      for (int i = 0; i < count; i++) {
        JsonNode row = node.get(i);
        String rowPath = table.id() + "[" + i + "]";
        if (row == null || !row.isObject()) {
          add(ViolationCode.INVALID_ROW, rowPath, table.labelVi(), i + 1);
          continue;
        }
        reportUnknownMembers(row, table.columns(), rowPath);
        LocalDate asOf = rowDate(row);
        for (FieldSpec column : table.columns()) {
          checkValue(column, row.get(column.id()), rowPath + "." + column.id(), table.id() + "." + column.id(), asOf,
              true);
        }
        YearMonth from = month(row.get("fromMonth"));
        YearMonth to = month(row.get("toMonth"));
        if (from != null && to != null && to.isBefore(from)) {
          add(ViolationCode.TO_BEFORE_FROM, rowPath + ".toMonth", columnLabel(table, "toMonth"),
              columnLabel(table, "fromMonth"));
        }
      }
    }

    private void reportUnknownMembers(JsonNode object, List<FieldSpec> known, String path) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        String key = member.getKey();
        if (known.stream().noneMatch(f -> f.id().equals(key))) {
          add(ViolationCode.UNKNOWN_FIELD, path + "." + key, key);
        }
      }
    }

    // --------------------------------------------------------------------------------------------------------------
    // Identity (§12), organisation, dates

    private void checkIdentity() {
      String dossierId = textOf("dossierId");
      if (dossierId != null && !dossierId.equals(ctx.dossierId())) {
        add(ViolationCode.DOSSIER_ID_MISMATCH, "dossierId", label("dossierId"), ctx.dossierId());
      }
      String name = textOf("fullName");
      if (name != null && !PERSON_NAME.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).matches()) {
        add(ViolationCode.INVALID_NAME, "fullName", label("fullName"));
      }
      String phone = textOf("contactPhone");
      if (phone != null && !PHONE.matcher(PHONE_SEPARATORS.matcher(phone).replaceAll("")).matches()) {
        add(ViolationCode.INVALID_PHONE, "contactPhone", label("contactPhone"));
      }
      checkCitizenId();
    }

    private void checkCitizenId() {
      String path = "citizenIdNumber";
      String label = label(path);
      String number = textOf(path);
      if (number == null) {
        return;
      }
      if (!number.equals(ctx.dossierId())) {
        add(ViolationCode.CITIZEN_ID_NOT_DOSSIER_ID, path, label, ctx.dossierId());
      }
      if (!CCCD.matcher(number).matches()) {
        add(ViolationCode.CITIZEN_ID_FORMAT, path, label);
        return;
      }
      String province = number.substring(0, 3);
      if (!catalogs.isCccdProvinceCode(province)) {
        add(ViolationCode.CITIZEN_ID_UNKNOWN_PROVINCE, path, label, province);
      }
      int digit = number.charAt(3) - '0';
      LocalDate birth = dateOf("dateOfBirth");
      String gender = enumValue("gender");
      CccdGenderCentury meaning = catalogs.cccdGenderCentury(digit).orElse(null);
      if (meaning != null) {
        if (gender != null && !meaning.gender().equals(gender)) {
          add(ViolationCode.CITIZEN_ID_GENDER_MISMATCH, path, label, digit, gender);
        }
        if (birth != null && !meaning.covers(birth.getYear())) {
          add(ViolationCode.CITIZEN_ID_CENTURY_MISMATCH, path, label, digit, birth.getYear());
        }
      }
      String yy = number.substring(4, 6);
      if (birth != null && Integer.parseInt(yy) != birth.getYear() % 100) {
        add(ViolationCode.CITIZEN_ID_BIRTH_YEAR_MISMATCH, path, label, yy, birth.getYear());
      }
    }

    private void checkUnits() {
      String managing = textOf("managingAgencyId");
      String employing = textOf("employingUnitId");
      if (managing != null && employing != null && ctx.units().exists(managing) && ctx.units().exists(employing)
          && !ctx.units().isSameOrAncestor(managing, employing)) {
        add(ViolationCode.UNIT_NOT_ANCESTOR, "managingAgencyId", label("managingAgencyId"), label("employingUnitId"));
      }
    }

    private void checkDates() {
      notInFuture("dateOfBirth");
      notInFuture("citizenIdIssueDate");
      after("citizenIdIssueDate", "dateOfBirth");
      after("firstRecruitmentDate", "dateOfBirth");
      notBefore("partyOfficialDate", "partyAdmissionDate");
      notBefore("militaryDischargeDate", "militaryEnlistmentDate");
      notBefore("positionAppointedDate", "firstRecruitmentDate");
      after("positionReappointedDate", "positionAppointedDate");
      notBefore("rankAppointedDate", "firstRecruitmentDate");

      LocalDate birth = dateOf("dateOfBirth");
      LocalDate recruited = dateOf("firstRecruitmentDate");
      if (birth != null && recruited != null && recruited.isAfter(birth)) {
        int age = Period.between(birth, recruited).getYears();
        if (age < 18) {
          add(ViolationCode.RECRUITED_UNDER_18, "firstRecruitmentDate", label("firstRecruitmentDate"), age);
        }
      }
      LocalDate joined = dateOf("currentAgencyJoinDate");
      if (joined != null && recruited != null && joined.isBefore(recruited)) {
        add(ViolationCode.JOINED_BEFORE_FIRST_RECRUITMENT, "currentAgencyJoinDate", label("currentAgencyJoinDate"),
            label("firstRecruitmentDate"));
      }
    }

    private void checkConditionalRequirements() {
      if (category != null && STAFF.contains(category)) {
        requireField("firstRecruitmentDate");
        requireField("recruitingAgency");
      }
      if (category != null && SCALE_PAID.contains(category)) {
        SALARY_FIELDS.forEach(this::requireField);
      }
      onlyWith("partyOfficialDate", "partyAdmissionDate");
      onlyWith("currentPartyPosition", "partyAdmissionDate");
      onlyWith("concurrentPartyPositions", "partyAdmissionDate");
      requiredWith("firstSocioPoliticalOrgName", "firstSocioPoliticalOrgDate");
      onlyWith("militaryDischargeDate", "militaryEnlistmentDate");
      requiredWith("highestMilitaryRank", "militaryEnlistmentDate");
      requiredWith("positionAppointedDate", "currentPosition");
      onlyWith("positionReappointedDate", "positionAppointedDate");

      Integer grade = integer(content.get("generalEducationGrade"));
      String system = enumValue("generalEducationSystem");
      int maxGrade = RANGES.get("generalEducationGrade").max();
      if (grade != null && system != null && grade <= maxGrade && grade > Integer.parseInt(system.substring(0, 2))) {
        add(ViolationCode.GRADE_EXCEEDS_SYSTEM, "generalEducationGrade", label("generalEducationGrade"), system);
      }
    }

    // --------------------------------------------------------------------------------------------------------------
    // Salary (§10)

    private void checkSalary() {
      Integer seniority = integer(content.get("seniorityAllowancePercent"));
      boolean hasSeniority = seniority != null && seniority > 0;
      if (hasSeniority) {
        requireField("seniorityAllowanceDate");
        if (seniority < MIN_SENIORITY_PERCENT) {
          add(ViolationCode.SENIORITY_ALLOWANCE_TOO_LOW, "seniorityAllowancePercent",
              label("seniorityAllowancePercent"), MIN_SENIORITY_PERCENT);
        }
      }
      String code = textOf("rankOrTitleCode");
      Integer step = integer(content.get("salaryStep"));
      if (code == null || step == null || step < 1) {
        return;
      }
      RankOrTitle rank = catalogs.rankOrTitle(code).orElse(null);
      if (rank == null) {
        return;
      }
      SalaryStep first = catalogs.salaryStep(rank.salaryGroup(), 1).orElse(null);
      if (first == null) {
        return;
      }
      int steps = first.stepsInGroup();
      if (step > steps) {
        add(ViolationCode.SALARY_STEP_EXCEEDS_GROUP, "salaryStep", label("salaryStep"), rank.salaryGroup(), steps);
        return;
      }
      BigDecimal coefficient = decimal(content.get("salaryCoefficient"));
      catalogs.salaryStep(rank.salaryGroup(), step).ifPresent(scale -> {
        if (coefficient != null && coefficient.compareTo(scale.coefficient()) != 0) {
          add(ViolationCode.COEFFICIENT_MISMATCH, "salaryCoefficient", label("salaryCoefficient"),
              scale.coefficient().toPlainString(), rank.salaryGroup(), step);
        }
      });
      if (hasSeniority && step != steps) {
        add(ViolationCode.SENIORITY_ALLOWANCE_NOT_AT_LAST_STEP, "seniorityAllowancePercent",
            label("seniorityAllowancePercent"), steps);
      }
    }

    private void checkSalaryHistory() {
      TableSpec table = table("salaryHistory");
      List<Row> rows = rows(table.id());
      List<Row> open = new ArrayList<>();
      for (Row row : rows) {
        String rowPath = table.id() + "[" + row.index() + "]";
        if (isEmpty(row.node().get("positionBasedSalary"))) {
          for (String column : List.of("salaryStep", "salaryCoefficient")) {
            if (isEmpty(row.node().get(column))) {
              add(ViolationCode.REQUIRED, rowPath + "." + column, columnLabel(table, column));
            }
          }
        }
        if (isEmpty(row.node().get("toMonth"))) {
          open.add(row);
        }
      }
      for (Row extra : open.subList(Math.min(1, open.size()), open.size())) {
        add(ViolationCode.MULTIPLE_OPEN_ROWS, table.id() + "[" + extra.index() + "].toMonth",
            columnLabel(table, "toMonth"), table.labelVi());
      }
      reportOverlaps(table, rows, ViolationCode.SALARY_PERIODS_OVERLAP, false);
      if (open.size() == 1) {
        compareOpenSalaryRow(table, open.get(0));
      }
    }

    /** The spec: "the open row must equal the current values of 30.1". */
    private void compareOpenSalaryRow(TableSpec table, Row row) {
      String rowPath = table.id() + "[" + row.index() + "].";
      String rowCode = text(row.node().get("rankOrTitleCode"));
      String currentCode = textOf("rankOrTitleCode");
      if (rowCode != null && currentCode != null && !normalisedRank(rowCode).equals(normalisedRank(currentCode))) {
        add(ViolationCode.SALARY_OPEN_ROW_DIFFERS, rowPath + "rankOrTitleCode", columnLabel(table, "rankOrTitleCode"),
            label("rankOrTitleCode"));
      }
      Integer rowStep = integer(row.node().get("salaryStep"));
      Integer currentStep = integer(content.get("salaryStep"));
      if (rowStep != null && currentStep != null && !rowStep.equals(currentStep)) {
        add(ViolationCode.SALARY_OPEN_ROW_DIFFERS, rowPath + "salaryStep", columnLabel(table, "salaryStep"),
            label("salaryStep"));
      }
      BigDecimal rowCoefficient = decimal(row.node().get("salaryCoefficient"));
      BigDecimal currentCoefficient = decimal(content.get("salaryCoefficient"));
      if (rowCoefficient != null && currentCoefficient != null && rowCoefficient.compareTo(currentCoefficient) != 0) {
        add(ViolationCode.SALARY_OPEN_ROW_DIFFERS, rowPath + "salaryCoefficient",
            columnLabel(table, "salaryCoefficient"), label("salaryCoefficient"));
      }
    }

    private String normalisedRank(String code) {
      return catalogs.rankOrTitle(code).map(RankOrTitle::code).orElse(code.strip());
    }

    private void checkAllowanceHistory() {
      TableSpec table = table("allowanceHistory");
      for (Row row : rows(table.id())) {
        if (isEmpty(row.node().get("percent")) && isEmpty(row.node().get("coefficient"))
            && isEmpty(row.node().get("amountVnd"))) {
          add(ViolationCode.ONE_OF_REQUIRED, table.id() + "[" + row.index() + "].percent",
              columnLabel(table, "percent"), columnLabel(table, "coefficient"), columnLabel(table, "amountVnd"));
        }
      }
    }

    // --------------------------------------------------------------------------------------------------------------
    // Work history, annual records, discipline, family

    private void checkWorkHistory() {
      TableSpec table = table("workHistory");
      List<Row> rows = rows(table.id());
      reportOverlaps(table, rows, ViolationCode.WORK_PERIODS_OVERLAP, true);
      LocalDate birth = dateOf("dateOfBirth");
      if (birth == null) {
        return;
      }
      YearMonth age15 = YearMonth.from(birth).plusYears(15);
      for (Row row : rows) {
        YearMonth from = month(row.node().get("fromMonth"));
        if (from != null && from.isBefore(age15)) {
          add(ViolationCode.WORK_BEFORE_AGE_15, table.id() + "[" + row.index() + "].fromMonth",
              columnLabel(table, "fromMonth"));
        }
      }
    }

    private void checkAnnualRecords() {
      TableSpec table = table("annualRecords");
      String label = columnLabel(table, "year");
      LocalDate recruited = dateOf("firstRecruitmentDate");
      Map<Integer, Integer> seen = new HashMap<>();
      for (Row row : rows(table.id())) {
        Integer year = year(row.node().get("year"));
        if (year == null) {
          continue;
        }
        String path = table.id() + "[" + row.index() + "].year";
        if (seen.putIfAbsent(year, row.index()) != null) {
          add(ViolationCode.DUPLICATE_YEAR, path, label, year);
        }
        if (year > today.getYear()) {
          add(ViolationCode.YEAR_IN_FUTURE, path, label, today.getYear());
        }
        if (recruited != null && year < recruited.getYear()) {
          add(ViolationCode.YEAR_BEFORE_RECRUITMENT, path, label, recruited.getYear());
        }
      }
    }

    private void checkDisciplineRecords() {
      TableSpec table = table("disciplineRecords");
      List<Row> rows = rows(table.id());
      for (Row row : rows) {
        String kind = text(row.node().get("disciplineKind"));
        String form = text(row.node().get("form"));
        if (HANH_CHINH.equals(kind) && form != null && !NGUOI_LAO_DONG.equals(category)) {
          YearMonth from = month(row.node().get("fromMonth"));
          checkDisciplineForm(table, row.index(), form, from == null ? null : from.atDay(1));
        }
      }
      warnRatingsAfterDiscipline(rows);
    }

    /**
     * Administrative forms come from the catalog, for the person's category. Only forms that ended (valid_to) before
     * the decision are rejected: the catalog lists the forms in force before 01/7/2025 without a start date.
     */
    private void checkDisciplineForm(TableSpec table, int index, String form, @Nullable LocalDate decided) {
      String path = table.id() + "[" + index + "].form";
      String appliesTo = category == null ? null : category.toLowerCase(Locale.ROOT);
      List<CatalogEntry> matches = catalogs.entries(Catalog.DISCIPLINE_FORM).stream()
          .filter(e -> e.code().strip().equals(form))
          .filter(e -> appliesTo == null || appliesTo.equalsIgnoreCase(Objects.toString(e.attribute("applies_to"), "")))
          .toList();
      if (matches.isEmpty()) {
        add(ViolationCode.DISCIPLINE_FORM_UNKNOWN, path, columnLabel(table, "form"), form,
            category == null ? "" : category);
      } else if (decided != null
          && matches.stream().allMatch(e -> e.validTo() != null && decided.isAfter(e.validTo()))) {
        add(ViolationCode.CODE_NOT_IN_FORCE, path, columnLabel(table, "form"), form, decided.format(DISPLAY_DATE));
      }
    }

    /** Nghị định 48/2023: a year with discipline is rated "Không hoàn thành nhiệm vụ". */
    private void warnRatingsAfterDiscipline(List<Row> disciplineRows) {
      TableSpec annual = table("annualRecords");
      for (Row record : rows(annual.id())) {
        Integer year = year(record.node().get("year"));
        String rating = text(record.node().get("qualityRating"));
        if (year == null || rating == null || NOT_COMPLETED_RATING.equals(rating)) {
          continue;
        }
        boolean disciplined = disciplineRows.stream()
            .map(r -> month(r.node().get("fromMonth")))
            .anyMatch(m -> m != null && m.getYear() == year);
        if (disciplined) {
          add(ViolationCode.RATING_INCONSISTENT_WITH_DISCIPLINE,
              annual.id() + "[" + record.index() + "].qualityRating", columnLabel(annual, "qualityRating"), year);
        }
      }
    }

    private void checkFamilyMembers() {
      TableSpec table = table("familyMembers");
      List<Row> rows = rows(table.id());
      boolean hasSpouse = rows.stream().anyMatch(r -> "SELF".equals(text(r.node().get("side")))
          && SPOUSES.contains(Objects.toString(text(r.node().get("relationship")), "")));
      for (Row row : rows) {
        String rowPath = table.id() + "[" + row.index() + "].";
        String side = text(row.node().get("side"));
        String relationship = text(row.node().get("relationship"));
        if ("SPOUSE".equals(side)) {
          if (!hasSpouse) {
            add(ViolationCode.SPOUSE_SIDE_WITHOUT_SPOUSE, rowPath + "side", columnLabel(table, "side"));
          }
          if (relationship != null && columnSpec(table, "relationship").enumValues().contains(relationship)
              && !SPOUSE_SIDE_RELATIONSHIPS.contains(relationship)) {
            add(ViolationCode.RELATIONSHIP_NOT_FOR_SIDE, rowPath + "relationship", columnLabel(table, "relationship"),
                relationship, side);
          }
        }
        Integer born = year(row.node().get("birthYear"));
        if (born != null && born > today.getYear()) {
          add(ViolationCode.YEAR_IN_FUTURE, rowPath + "birthYear", columnLabel(table, "birthYear"), today.getYear());
        }
      }
    }

    private void checkCommitment() {
      JsonNode commitment = content.get("declarantCommitment");
      if (commitment != null && commitment.isBoolean() && !commitment.booleanValue()) {
        add(ViolationCode.COMMITMENT_NOT_ACCEPTED, "declarantCommitment", label("declarantCommitment"));
      }
    }

    // --------------------------------------------------------------------------------------------------------------
    // Rule helpers

    /**
     * Reports each pair of rows whose periods overlap, on the row that starts later. A shared boundary month is not an
     * overlap; rows without an end month run until further notice.
     */
    private void reportOverlaps(TableSpec table, List<Row> rows, ViolationCode code, boolean includeTwoOpenRows) {
      List<MonthPeriod> periods = new ArrayList<>();
      for (Row row : rows) {
        YearMonth from = month(row.node().get("fromMonth"));
        JsonNode toNode = row.node().get("toMonth");
        YearMonth to = month(toNode);
        boolean openEnded = isEmpty(toNode);
        if (from != null && (openEnded || (to != null && !to.isBefore(from)))) {
          periods.add(new MonthPeriod(row.index(), from, to));
        }
      }
      for (int i = 0; i < periods.size(); i++) {
        for (int j = i + 1; j < periods.size(); j++) {
          MonthPeriod a = periods.get(i);
          MonthPeriod b = periods.get(j);
          if (!includeTwoOpenRows && a.to() == null && b.to() == null) {
            continue; // reported as MULTIPLE_OPEN_ROWS
          }
          YearMonth latestStart = a.from().isAfter(b.from()) ? a.from() : b.from();
          YearMonth earliestEnd = a.end().isBefore(b.end()) ? a.end() : b.end();
          if (latestStart.isBefore(earliestEnd)) {
            MonthPeriod later = a.from().isAfter(b.from()) ? a : b;
            MonthPeriod other = later == a ? b : a;
            add(code, table.id() + "[" + later.index() + "].fromMonth", columnLabel(table, "fromMonth"),
                other.index() + 1);
          }
        }
      }
    }

    private void requireField(String id) {
      if (isEmpty(content.get(id))) {
        add(ViolationCode.REQUIRED, id, label(id));
      }
    }

    /** {@code id} may only be filled when {@code dependsOn} is. */
    private void onlyWith(String id, String dependsOn) {
      if (!isEmpty(content.get(id)) && isEmpty(content.get(dependsOn))) {
        add(ViolationCode.NOT_ALLOWED_WITHOUT, id, label(id), label(dependsOn));
      }
    }

    /** {@code id} must be filled when {@code trigger} is. */
    private void requiredWith(String id, String trigger) {
      if (!isEmpty(content.get(trigger))) {
        requireField(id);
      }
    }

    private void notInFuture(String id) {
      LocalDate day = dateOf(id);
      if (day != null && day.isAfter(today)) {
        add(ViolationCode.DATE_IN_FUTURE, id, label(id));
      }
    }

    private void after(String id, String otherId) {
      LocalDate day = dateOf(id);
      LocalDate other = dateOf(otherId);
      if (day != null && other != null && !day.isAfter(other)) {
        add(ViolationCode.MUST_BE_AFTER, id, label(id), label(otherId));
      }
    }

    private void notBefore(String id, String otherId) {
      LocalDate day = dateOf(id);
      LocalDate other = dateOf(otherId);
      if (day != null && other != null && day.isBefore(other)) {
        add(ViolationCode.MUST_NOT_BE_BEFORE, id, label(id), label(otherId));
      }
    }

    // --------------------------------------------------------------------------------------------------------------
    // Access to content and schema

    private @Nullable String textOf(String id) {
      return text(content.get(id));
    }

    private @Nullable LocalDate dateOf(String id) {
      return date(content.get(id));
    }

    /** The value of a top-level ENUM field when it is one of the allowed values. */
    private @Nullable String enumValue(String id) {
      String value = textOf(id);
      return value != null && schema.field(id).map(f -> f.enumValues().contains(value)).orElse(false) ? value : null;
    }

    private List<Row> rows(String tableId) {
      JsonNode node = content.get(tableId);
      List<Row> rows = new ArrayList<>();
      if (node != null && node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          if (node.get(i).isObject()) {
            rows.add(new Row(i, node.get(i)));
          }
        }
      }
      return rows;
    }

    private LocalDate rowDate(JsonNode row) {
      YearMonth from = month(row.get("fromMonth"));
      if (from != null) {
        return from.atDay(1);
      }
      Integer year = year(row.get("year"));
      return year != null ? LocalDate.of(year, 12, 31) : today;
    }

    private String label(String id) {
      return schema.field(id).map(FieldSpec::labelVi).orElse(id);
    }

    private TableSpec table(String id) {
      return schema.table(id).orElseThrow(() -> new IllegalStateException("schema lacks table " + id));
    }

    private FieldSpec columnSpec(TableSpec table, String column) {
      return table.columns().stream().filter(c -> c.id().equals(column)).findFirst()
          .orElseThrow(() -> new IllegalStateException(table.id() + " lacks column " + column));
    }

    private String columnLabel(TableSpec table, String column) {
      return columnSpec(table, column).labelVi();
    }

    private void add(ViolationCode code, String path, Object... args) {
      Object[] strings = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        strings[i] = String.valueOf(args[i]);
      }
      violations.add(Violation.of(code, path, strings));
    }
  }

  // ----------------------------------------------------------------------------------------------------------------
  // Parsing of JSON values; null when the value is empty or malformed

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
  }

  private static @Nullable LocalDate date(@Nullable JsonNode node) {
    String value = text(node);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable YearMonth month(@Nullable JsonNode node) {
    String value = text(node);
    if (value == null) {
      return null;
    }
    Matcher m = MONTH_YEAR.matcher(value);
    return m.matches() ? YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))) : null;
  }

  private static @Nullable BigDecimal decimal(@Nullable JsonNode node) {
    return node != null && node.isNumber() ? node.decimalValue() : null;
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** A JSON number without a fractional part that fits an int (3 and 3.0 both count). */
  private static @Nullable Integer integer(@Nullable JsonNode node) {
    BigDecimal value = decimal(node);
    if (value == null || !isWhole(value)) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static @Nullable Integer year(@Nullable JsonNode node) {
    Integer value = integer(node);
    return value != null && value >= 1000 && value <= 9999 ? value : null;
  }

  private static String display(JsonNode node) {
    return node.isTextual() ? node.textValue() : node.toString();
  }
}
