package vn.gov.hoso.dossier.schema;

import static vn.gov.hoso.dossier.schema.Requirement.CONDITIONAL;
import static vn.gov.hoso.dossier.schema.Requirement.MANDATORY;
import static vn.gov.hoso.dossier.schema.Requirement.OPTIONAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.hoso.catalog.Catalog;

/**
 * The registry of every input field and repeating table of the dossier, groups I–XI, as specified in
 * {@code dossier-fields.md} (TT 06/2023/TT-BNV CV form). Identifiers are a public contract: they are the Camunda Form
 * keys and the JSON member names of the dossier content.
 *
 * <p>What is registered and how:
 *
 * <ul>
 *   <li>Every declared item H1–H4, photo, 1–37 (including 30.1–30.3), the record-level {@code personnelCategory} and
 *       {@code employmentStatus} (group II) and {@code declarantCommitment} (BOOLEAN, group XI, mandatory at submit;
 *       the time of the commitment is recorded by the server when the dossier is submitted, not declared).
 *   <li>Not registered: the derived summaries of group IV (politicalTheoryLevel, stateManagementLevel,
 *       foreignLanguages, itLevel — computed from group VIII), the agency block (item 38 {@code agencyAssessment},
 *       {@code approval}) and attachments.
 *   <li>Addresses are OBJECT fields with the components {@code provinceCode} (CATALOG_REF PROVINCE_2025, optional
 *       because old place names are kept as declared), {@code districtName}, {@code communeCode} (5 digits),
 *       {@code communeName} (mandatory when the address is given), {@code detail} and {@code asOfDate} (the date the
 *       place names refer to; listed in the spec's address type).
 *   <li>Lists of objects ({@code stateHonours}) are tables; lists of plain strings ({@code policyBeneficiaryTypes},
 *       {@code plannedTitles}, {@code concurrentPositions}, {@code concurrentPartyPositions}) are STRING_LIST fields
 *       whose {@code maxLength} applies to each item.
 *   <li>ENUM values are the Vietnamese values as the form or the spec shows them ("Nam", "Công chức", "ThS" …).
 *       Exception: {@code familyMembers.side} keeps the spec's values {@code SELF} / {@code SPOUSE}; on the form they are
 *       not values but the two sub-tables 36.1 "Về bản thân" and 36.2 "Về bên vợ hoặc chồng".
 *   <li>{@code rankOrTitleCode} (current and in {@code salaryHistory}) is registered as CATALOG_REF
 *       {@link Catalog#CIVIL_SERVANT_RANK}, but also admits the codes of {@link Catalog#PROFESSIONAL_TITLE}: the
 *       validator resolves it through {@code CatalogService.rankOrTitle}, which covers both lists.
 *   <li>The discipline {@code form} column is STRING: it is a {@link Catalog#DISCIPLINE_FORM} code only for
 *       administrative discipline (Đảng discipline is free text), which the validator checks per row.
 *   <li>Labels the spec does not give in Vietnamese were written here: personnelCategory, employmentStatus,
 *       firstSocioPoliticalOrgName, academicTitleYear, the two halves of item 19, the address components, the
 *       discipline kind, the family side and the optional structured family sub-fields.
 * </ul>
 *
 * <p>Sensitive fields and tables (issue 4 item 6; stored encrypted, shown only to readers allowed to see them, every
 * read audited), by {@link SensitiveCategory}: planning {@code plannedTitles} (24); detention {@code detentionHistory}
 * (34.1); former regime {@code formerRegimeService} (34.2); foreign ties {@code foreignOrganisationTies} (34.3); health
 * {@code healthStatus}, {@code heightCm}, {@code weightKg}, {@code bloodType} (31); family {@code familyBackground}
 * (11) and {@code familyMembers} (36, which also holds relatives' former-regime service and criminal records);
 * household economy {@code householdEconomy} (37.3). A whole top-level field or table is sensitive, never a part.
 *
 * <p>Immutable; built once by the constructor.
 */
@Component
public final class DossierSchema {

  private final List<FieldSpec> allFields;
  private final List<TableSpec> allTables;
  private final Map<DossierGroup, List<FieldSpec>> fieldsByGroup;
  private final Map<DossierGroup, List<TableSpec>> tablesByGroup;
  private final Map<String, FieldSpec> fieldsById;
  private final Map<String, TableSpec> tablesById;
  private final Map<String, DossierGroup> groupByKey;
  private final Map<String, SensitiveCategory> sensitiveKeys;

  public DossierSchema() {
    Registry r = new Registry();
    registerGroupI(r);
    registerGroupII(r);
    registerGroupIII(r);
    registerGroupIV(r);
    registerGroupV(r);
    registerGroupVI(r);
    registerGroupVII(r);
    registerGroupVIII(r);
    registerGroupIX(r);
    registerGroupX(r);
    registerGroupXI(r);

    this.allFields = List.copyOf(r.fields);
    this.allTables = List.copyOf(r.tables);
    this.groupByKey = Collections.unmodifiableMap(new LinkedHashMap<>(r.groupByKey));
    this.sensitiveKeys = Collections.unmodifiableMap(new LinkedHashMap<>(r.sensitive));
    Map<String, FieldSpec> fieldMap = new LinkedHashMap<>();
    Map<DossierGroup, List<FieldSpec>> fg = new EnumMap<>(DossierGroup.class);
    Map<DossierGroup, List<TableSpec>> tg = new EnumMap<>(DossierGroup.class);
    for (DossierGroup g : DossierGroup.values()) {
      fg.put(g, new ArrayList<>());
      tg.put(g, new ArrayList<>());
    }
    for (FieldSpec f : allFields) {
      fieldMap.put(f.id(), f);
      fg.get(groupByKey.get(f.id())).add(f);
    }
    Map<String, TableSpec> tableMap = new LinkedHashMap<>();
    for (TableSpec t : allTables) {
      tableMap.put(t.id(), t);
      tg.get(t.group()).add(t);
    }
    fg.replaceAll((g, list) -> List.copyOf(list));
    tg.replaceAll((g, list) -> List.copyOf(list));
    this.fieldsById = Collections.unmodifiableMap(fieldMap);
    this.tablesById = Collections.unmodifiableMap(tableMap);
    this.fieldsByGroup = Collections.unmodifiableMap(fg);
    this.tablesByGroup = Collections.unmodifiableMap(tg);
  }

  /** The single-value fields of a group, in form order. */
  public List<FieldSpec> fields(DossierGroup group) {
    return fieldsByGroup.get(group);
  }

  /** The repeating tables of a group, in form order. */
  public List<TableSpec> tables(DossierGroup group) {
    return tablesByGroup.get(group);
  }

  /** Every single-value field, groups I–XI in order. */
  public List<FieldSpec> allFields() {
    return allFields;
  }

  /** Every repeating table, groups I–XI in order. */
  public List<TableSpec> allTables() {
    return allTables;
  }

  /** The identifiers of every field and table in schema (form) order, fields and tables interleaved as on the form. */
  public Set<String> topLevelKeys() {
    return groupByKey.keySet();
  }

  public Optional<FieldSpec> field(String id) {
    return Optional.ofNullable(fieldsById.get(id));
  }

  public Optional<TableSpec> table(String id) {
    return Optional.ofNullable(tablesById.get(id));
  }

  /**
   * The group a top-level field or table belongs to.
   *
   * @throws IllegalArgumentException when the key is not a top-level identifier of the schema
   */
  public DossierGroup groupOf(String topLevelKey) {
    DossierGroup group = groupByKey.get(topLevelKey);
    if (group == null) {
      throw new IllegalArgumentException("not a dossier field or table: " + topLevelKey);
    }
    return group;
  }

  /** The top-level identifiers of the sensitive fields and tables, in form order, with the reason. */
  public Map<String, SensitiveCategory> sensitiveKeys() {
    return sensitiveKeys;
  }

  /** Why a top-level field or table is sensitive; empty when it is not. */
  public Optional<SensitiveCategory> sensitivity(String topLevelKey) {
    return Optional.ofNullable(sensitiveKeys.get(topLevelKey));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Registration, group by group, in the order of dossier-fields.md

  private static void registerGroupI(Registry r) {
    r.group(DossierGroup.I);
    r.field(unitRef("managingAgencyId", "H1", "Cơ quan quản lý cán bộ, công chức, viên chức", "Managing agency"));
    r.field(unitRef("employingUnitId", "H2", "Cơ quan, đơn vị sử dụng cán bộ, công chức, viên chức", "Employing unit"));
    r.field(string("staffNumber", "H3", "Số hiệu", "Staff number", OPTIONAL, 30));
    r.field(string("dossierId", "H4", "Mã số định danh", "Identification number", MANDATORY, 12));
    r.field(simple("photo", "", "Ảnh màu (4 x 6 cm)", "Colour photo (4 x 6 cm)", FieldType.IMAGE, MANDATORY));
    r.field(string("fullName", "1", "Họ và tên khai sinh (viết chữ in hoa)", "Full name at birth", MANDATORY, 100));
    r.field(enumeration("gender", "1", "Giới tính", "Gender", MANDATORY, "Nam", "Nữ"));
    r.field(string("otherNames", "2", "Các tên gọi khác", "Other names", OPTIONAL, 200));
    r.field(simple("dateOfBirth", "3", "Sinh ngày … tháng … năm …", "Date of birth", FieldType.DATE, MANDATORY));
    r.field(address("placeOfBirth", "4", "Nơi sinh", "Place of birth", MANDATORY));
    r.field(address(
        "hometown", "5", "Quê quán (xã, phường) / (huyện, quận) / (tỉnh, TP)", "Hometown (place of origin)", MANDATORY));
    r.field(catalogRef("ethnicityCode", "6", "Dân tộc", "Ethnicity", MANDATORY, Catalog.ETHNIC_GROUP));
    r.field(catalogRef("religionCode", "7", "Tôn giáo", "Religion", MANDATORY, Catalog.RELIGION));
    r.field(string("citizenIdNumber", "8", "Số CCCD", "Citizen ID number", MANDATORY, 12));
    r.field(simple("citizenIdIssueDate", "8", "Ngày cấp", "Citizen ID issue date", FieldType.DATE, MANDATORY));
    r.field(string("contactPhone", "8", "SĐT liên hệ", "Contact phone", MANDATORY, 15));
    r.field(string("socialInsuranceNumber", "9", "Số BHXH", "Social insurance number", CONDITIONAL, 10));
    r.field(string("healthInsuranceCardNumber", "9", "Số thẻ BHYT", "Health insurance card number", OPTIONAL, 15));
    r.field(address("currentResidence", "10", "Nơi ở hiện nay", "Current residence", MANDATORY));
    r.field(string("familyBackground", "11", "Thành phần gia đình xuất thân", "Family background", OPTIONAL, 100));
    r.sensitive(SensitiveCategory.FAMILY, "familyBackground");
    r.field(address(
        "legacyPermanentResidence", "", "Nơi đăng ký hộ khẩu thường trú", "Permanent residence (legacy, form 2C)",
        OPTIONAL));
  }

  private static void registerGroupII(Registry r) {
    r.group(DossierGroup.II);
    r.field(string(
        "occupationBeforeRecruitment", "12", "Nghề nghiệp trước khi được tuyển dụng", "Occupation before recruitment",
        OPTIONAL, 200));
    r.field(simple(
        "firstRecruitmentDate", "13", "Ngày được tuyển dụng lần đầu", "First recruitment date", FieldType.DATE,
        CONDITIONAL));
    r.field(string(
        "recruitingAgency", "13", "Cơ quan, tổ chức, đơn vị tuyển dụng", "Recruiting agency", CONDITIONAL, 300));
    r.field(simple(
        "currentAgencyJoinDate", "14", "Ngày vào cơ quan hiện đang công tác", "Date joined current agency",
        FieldType.DATE, MANDATORY));
    r.field(text("mainAssignedWork", "28", "Công việc chính được giao", "Main assigned work", MANDATORY));
    r.field(text("workStrengths", "29", "Sở trường công tác", "Work strengths", OPTIONAL));
    r.field(text("longestHeldWork", "29", "Công việc làm lâu nhất", "Longest-held work", OPTIONAL));
    r.field(enumeration(
        "personnelCategory", "", "Loại cán bộ, công chức, viên chức", "Personnel category", MANDATORY,
        "Cán bộ", "Công chức", "Viên chức", "Người lao động"));
    r.field(enumeration(
        "employmentStatus", "", "Trạng thái công tác", "Employment status", MANDATORY,
        "Đang công tác", "Biệt phái", "Chuyển công tác", "Nghỉ hưu", "Thôi việc", "Buộc thôi việc", "Từ trần"));
  }

  private static void registerGroupIII(Registry r) {
    r.group(DossierGroup.III);
    r.field(simple(
        "partyAdmissionDate", "15", "Ngày vào Đảng Cộng sản Việt Nam", "Party admission date", FieldType.DATE,
        OPTIONAL));
    r.field(simple("partyOfficialDate", "15", "Ngày chính thức", "Full Party membership date", FieldType.DATE,
        CONDITIONAL));
    r.field(simple(
        "firstSocioPoliticalOrgDate", "16",
        "Ngày tham gia tổ chức chính trị - xã hội đầu tiên (Đoàn TNCSHCM, Công đoàn, Hội)",
        "Date joined first socio-political organisation", FieldType.DATE, OPTIONAL));
    r.field(string(
        "firstSocioPoliticalOrgName", "16", "Tên tổ chức chính trị - xã hội đầu tiên",
        "First socio-political organisation", CONDITIONAL, 200));
    r.field(simple("militaryEnlistmentDate", "17", "Ngày nhập ngũ", "Enlistment date", FieldType.DATE, OPTIONAL));
    r.field(simple("militaryDischargeDate", "17", "Ngày xuất ngũ", "Discharge date", FieldType.DATE, CONDITIONAL));
    r.field(string("highestMilitaryRank", "17", "Quân hàm cao nhất", "Highest military rank", CONDITIONAL, 50));
    r.field(stringList("policyBeneficiaryTypes", "18", "Đối tượng chính sách", "Policy beneficiary types", 200));
  }

  private static void registerGroupIV(Registry r) {
    r.group(DossierGroup.IV);
    r.field(simple(
        "generalEducationGrade", "19", "Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy)",
        "General education (grade completed)", FieldType.INT, MANDATORY));
    r.field(enumeration(
        "generalEducationSystem", "19", "Trình độ giáo dục phổ thông (thuộc hệ nào)",
        "General education (school system)", MANDATORY, "10 năm", "12 năm"));
    r.field(object(
        "highestQualification", "20", "Trình độ chuyên môn cao nhất", "Highest qualification", MANDATORY,
        enumeration("level", "20", "Trình độ", "Level", MANDATORY,
            "TSKH", "TS", "ThS", "Đại học", "Cao đẳng", "Trung cấp", "Sơ cấp"),
        string("major", "20", "Chuyên ngành", "Major", OPTIONAL, 200)));
    r.field(enumeration("academicTitle", "21", "Học hàm", "Academic title", OPTIONAL, "Giáo sư", "Phó giáo sư"));
    r.field(simple("academicTitleYear", "21", "Năm phong học hàm", "Year of academic title", FieldType.YEAR,
        OPTIONAL));
    r.table(table(
        "stateHonours", DossierGroup.IV, "22", "Danh hiệu nhà nước phong tặng", "State honorary titles", 0,
        string("title", "22", "Danh hiệu", "Title", MANDATORY, 200),
        simple("year", "22", "Năm phong tặng", "Year awarded", FieldType.YEAR, OPTIONAL)));
  }

  private static void registerGroupV(Registry r) {
    r.group(DossierGroup.V);
    r.field(string("currentPosition", "23", "Chức vụ hiện tại", "Current position", CONDITIONAL, 200));
    r.field(simple(
        "positionAppointedDate", "23", "Ngày bổ nhiệm / ngày phê chuẩn", "Appointment date", FieldType.DATE,
        CONDITIONAL));
    r.field(simple(
        "positionReappointedDate", "23", "Ngày bổ nhiệm lại / phê chuẩn nhiệm kỳ tiếp theo", "Reappointment date",
        FieldType.DATE, OPTIONAL));
    r.field(stringList("plannedTitles", "24", "Được quy hoạch chức danh", "Planned for titles", 300));
    r.sensitive(SensitiveCategory.PLANNING, "plannedTitles");
    r.field(stringList("concurrentPositions", "25", "Chức vụ kiêm nhiệm", "Concurrent positions", 300));
    r.field(string("currentPartyPosition", "26", "Chức vụ Đảng hiện tại", "Current Party position", OPTIONAL, 200));
    r.field(stringList(
        "concurrentPartyPositions", "27", "Chức vụ Đảng kiêm nhiệm", "Concurrent Party positions", 300));
  }

  private static void registerGroupVI(Registry r) {
    r.group(DossierGroup.VI);
    // 30.1 rank or professional title, salary on the scale
    r.field(string(
        "rankOrTitleName", "30.1", "Ngạch/chức danh nghề nghiệp", "Rank / professional title", CONDITIONAL, 200));
    r.field(catalogRef(
        "rankOrTitleCode", "30.1", "Mã số", "Rank / title code", CONDITIONAL, Catalog.CIVIL_SERVANT_RANK));
    r.field(simple(
        "rankAppointedDate", "30.1", "Ngày bổ nhiệm ngạch/chức danh nghề nghiệp", "Rank / title appointment date",
        FieldType.DATE, CONDITIONAL));
    r.field(simple("salaryStep", "30.1", "Bậc lương", "Salary step", FieldType.INT, CONDITIONAL));
    r.field(simple("salaryCoefficient", "30.1", "Hệ số", "Salary coefficient", FieldType.DECIMAL, CONDITIONAL));
    r.field(simple("salaryEffectiveDate", "30.1", "Ngày hưởng", "Salary effective date", FieldType.DATE,
        CONDITIONAL));
    r.field(simple("salaryPercent", "30.1", "Phần trăm hưởng", "Salary percentage", FieldType.PERCENT, OPTIONAL));
    r.field(simple(
        "seniorityAllowancePercent", "30.1", "Phụ cấp thâm niên vượt khung", "Beyond-scale seniority allowance",
        FieldType.PERCENT, OPTIONAL));
    r.field(simple(
        "seniorityAllowanceDate", "30.1", "Ngày hưởng PCTNVK", "Seniority allowance effective date", FieldType.DATE,
        CONDITIONAL));
    // 30.2 allowances
    r.field(simple(
        "positionAllowanceCoefficient", "30.2", "Phụ cấp chức vụ", "Position allowance", FieldType.DECIMAL,
        CONDITIONAL));
    r.field(string(
        "concurrentPositionAllowance", "30.2", "Phụ cấp kiêm nhiệm", "Concurrent position allowance", OPTIONAL, 50));
    r.field(string("otherAllowances", "30.2", "Phụ cấp khác", "Other allowances", OPTIONAL, 300));
    // 30.3 job position
    r.field(string("jobPositionName", "30.3", "Vị trí việc làm", "Job position", CONDITIONAL, 300));
    r.field(string("jobPositionCode", "30.3", "Mã số", "Job position code", CONDITIONAL, 30));
    r.field(simple("jobPositionSalaryStep", "30.3", "Bậc lương", "Job position salary step", FieldType.INT,
        OPTIONAL));
    r.field(simple(
        "jobPositionSalaryAmount", "30.3", "Lương theo mức tiền", "Position-based salary amount",
        FieldType.MONEY_VND, OPTIONAL));
    r.field(simple("jobPositionSalaryDate", "30.3", "Ngày hưởng", "Position-based salary effective date",
        FieldType.DATE, OPTIONAL));
    r.field(simple("jobPositionSalaryPercent", "30.3", "Phần trăm hưởng", "Position-based salary percentage",
        FieldType.PERCENT, OPTIONAL));
    r.field(simple(
        "jobPositionSeniorityPercent", "30.3", "Phụ cấp thâm niên vượt khung (%)",
        "Position-based seniority allowance (%)", FieldType.PERCENT, OPTIONAL));
    r.field(simple("jobPositionSeniorityDate", "30.3", "Ngày hưởng PCTNVK",
        "Position-based seniority allowance date", FieldType.DATE, OPTIONAL));
    // 37.1, 37.2
    r.table(table(
        "salaryHistory", DossierGroup.VI, "37.1", "Quá trình lương của bản thân", "Salary history", 0,
        fromMonth("37.1"),
        toMonth("37.1"),
        catalogRef("rankOrTitleCode", "37.1", "Mã số", "Rank / title code", MANDATORY, Catalog.CIVIL_SERVANT_RANK),
        simple("salaryStep", "37.1", "Bậc lương", "Salary step", FieldType.INT, CONDITIONAL),
        simple("salaryCoefficient", "37.1", "Hệ số lương", "Salary coefficient", FieldType.DECIMAL, CONDITIONAL),
        simple("positionBasedSalary", "37.1", "Tiền lương theo vị trí việc làm", "Position-based salary",
            FieldType.MONEY_VND, CONDITIONAL)));
    r.table(table(
        "allowanceHistory", DossierGroup.VI, "37.2", "Các loại phụ cấp khác", "Other allowances history", 0,
        fromMonth("37.2"),
        toMonth("37.2"),
        string("allowanceType", "37.2", "Loại phụ cấp", "Allowance type", MANDATORY, 100),
        simple("percent", "37.2", "Phần trăm hưởng", "Percentage", FieldType.PERCENT, CONDITIONAL),
        simple("coefficient", "37.2", "Hệ số", "Coefficient", FieldType.DECIMAL, CONDITIONAL),
        string("paymentForm", "37.2", "Hình thức hưởng", "Payment form", OPTIONAL, 100),
        simple("amountVnd", "37.2", "Giá trị (đồng)", "Amount (VND)", FieldType.MONEY_VND, CONDITIONAL)));
  }

  private static void registerGroupVII(Registry r) {
    r.group(DossierGroup.VII);
    r.field(string("healthStatus", "31", "Tình trạng sức khoẻ", "Health status", MANDATORY, 50));
    r.field(simple("heightCm", "31", "Chiều cao (cm)", "Height (cm)", FieldType.INT, OPTIONAL));
    r.field(simple("weightKg", "31", "Cân nặng (kg)", "Weight (kg)", FieldType.INT, OPTIONAL));
    r.field(enumeration("bloodType", "31", "Nhóm máu", "Blood type", OPTIONAL, "A", "B", "AB", "O"));
    r.sensitive(SensitiveCategory.HEALTH, "healthStatus", "heightCm", "weightKg", "bloodType");
  }

  private static void registerGroupVIII(Registry r) {
    r.group(DossierGroup.VIII);
    r.table(table(
        "professionalTraining", DossierGroup.VIII, "32.1",
        "Chuyên môn (từ trung cấp trở lên, cả trong nước và nước ngoài)", "Professional training", 0,
        fromMonth("32.1"),
        toMonth("32.1"),
        institution("32.1"),
        string("major", "32.1", "Chuyên ngành đào tạo", "Major", MANDATORY, 200),
        trainingForm("32.1"),
        string("degree", "32.1", "Văn bằng, trình độ", "Degree", OPTIONAL, 200)));
    r.table(table(
        "politicalTheoryTraining", DossierGroup.VIII, "32.2", "Lý luận chính trị", "Political theory training", 0,
        fromMonth("32.2"),
        toMonth("32.2"),
        institution("32.2"),
        trainingForm("32.2"),
        string("certificate", "32.2", "Văn bằng được cấp", "Diploma awarded", OPTIONAL, 200)));
    r.table(table(
        "stateManagementTraining", DossierGroup.VIII, "32.3",
        "Bồi dưỡng quản lý nhà nước / chức danh nghề nghiệp / nghiệp vụ chuyên ngành",
        "State management / professional title / specialised training", 0,
        fromMonth("32.3"),
        toMonth("32.3"),
        institution("32.3"),
        certificate("32.3")));
    r.table(table(
        "defenceSecurityTraining", DossierGroup.VIII, "32.4", "Bồi dưỡng kiến thức an ninh, quốc phòng",
        "Defence and security training", 0,
        fromMonth("32.4"),
        toMonth("32.4"),
        institution("32.4"),
        certificate("32.4")));
    r.table(table(
        "itTraining", DossierGroup.VIII, "32.5", "Tin học", "IT training", 0,
        fromMonth("32.5"),
        toMonth("32.5"),
        institution("32.5"),
        certificate("32.5")));
    r.table(table(
        "languageTraining", DossierGroup.VIII, "32.6", "Ngoại ngữ / tiếng dân tộc",
        "Foreign / ethnic language training", 0,
        fromMonth("32.6"),
        toMonth("32.6"),
        institution("32.6"),
        string("languageName", "32.6", "Tên ngoại ngữ/tiếng dân tộc", "Language", MANDATORY, 100),
        certificate("32.6"),
        simple("score", "32.6", "Điểm số", "Score", FieldType.DECIMAL, OPTIONAL)));
  }

  private static void registerGroupIX(Registry r) {
    r.group(DossierGroup.IX);
    r.table(table(
        "workHistory", DossierGroup.IX, "33", "Tóm tắt quá trình công tác", "Career summary", 1,
        fromMonth("33"),
        toMonth("33"),
        string("unit", "33", "Đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội)", "Unit", MANDATORY, 300),
        string("titleOrPosition", "33", "Chức danh / chức vụ", "Title / position", MANDATORY, 200)));
    r.field(text(
        "detentionHistory", "34.1",
        "Khai rõ: bị bắt, bị tù (từ ngày … đến ngày …, ở đâu), đã khai báo cho ai, những vấn đề gì",
        "Arrest and detention history", MANDATORY));
    r.sensitive(SensitiveCategory.DETENTION, "detentionHistory");
    r.table(table(
        "formerRegimeService", DossierGroup.IX, "34.2", "Bản thân có làm việc cho chế độ cũ",
        "Service for the former regime", 0,
        fromMonth("34.2"),
        toMonth("34.2"),
        text("description", "34.2", "Chức danh, chức vụ, đơn vị, địa điểm đã làm việc",
            "Title, position, unit, place", MANDATORY)));
    r.sensitive(SensitiveCategory.FORMER_REGIME, "formerRegimeService");
    r.table(table(
        "foreignOrganisationTies", DossierGroup.IX, "34.3",
        "Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội … ở nước ngoài",
        "Ties with foreign organisations", 0,
        fromMonth("34.3"),
        toMonth("34.3"),
        text("description", "34.3", "Tên tổ chức, địa chỉ trụ sở, công việc đã làm",
            "Organisation, address, work done", MANDATORY)));
    r.sensitive(SensitiveCategory.FOREIGN_TIES, "foreignOrganisationTies");
  }

  private static void registerGroupX(Registry r) {
    r.group(DossierGroup.X);
    r.table(table(
        "annualRecords", DossierGroup.X, "35.1", "Thành tích thi đua, khen thưởng", "Annual ratings and awards", 0,
        simple("year", "35.1", "Năm", "Year", FieldType.YEAR, MANDATORY),
        catalogRef("qualityRating", "35.1", "Xếp loại chuyên môn", "Quality rating", OPTIONAL,
            Catalog.QUALITY_RATING),
        string("emulationTitle", "35.1", "Xếp loại thi đua", "Emulation title", OPTIONAL, 100),
        string("awardForms", "35.1", "Hình thức khen thưởng", "Awards", OPTIONAL, 300)));
    r.table(table(
        "disciplineRecords", DossierGroup.X, "35.2", "Kỷ luật Đảng / hành chính",
        "Party / administrative discipline", 0,
        fromMonth("35.2"),
        toMonth("35.2"),
        enumeration("disciplineKind", "35.2", "Loại kỷ luật", "Kind of discipline", MANDATORY, "Đảng", "Hành chính"),
        string("form", "35.2", "Hình thức", "Form of discipline", MANDATORY, 300),
        text("mainViolation", "35.2", "Hành vi vi phạm chính", "Main violation", MANDATORY),
        string("decidingAuthority", "35.2", "Cơ quan quyết định", "Deciding authority", MANDATORY, 300)));
  }

  private static void registerGroupXI(Registry r) {
    r.group(DossierGroup.XI);
    r.table(table(
        "familyMembers", DossierGroup.XI, "36", "Quan hệ gia đình", "Family relationships", 0,
        enumeration("side", "36", "Về bản thân / về bên vợ hoặc chồng", "Own family / spouse's family", MANDATORY,
            "SELF", "SPOUSE"),
        enumeration("relationship", "36", "Mối quan hệ", "Relationship", MANDATORY,
            "Cha", "Mẹ", "Vợ", "Chồng", "Con", "Anh", "Chị", "Em", "Cha nuôi", "Mẹ nuôi", "Con nuôi"),
        string("fullName", "36", "Họ và tên", "Full name", MANDATORY, 100),
        simple("birthYear", "36", "Năm sinh", "Year of birth", FieldType.YEAR, MANDATORY),
        text("details", "36",
            "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành "
                + "viên các tổ chức chính trị - xã hội (trong, ngoài nước); làm việc cho chế độ cũ, tiền án, tiền sự "
                + "(nếu có)",
            "Hometown, occupation, workplace, residence, memberships, former regime, criminal record", MANDATORY),
        string("hometown", "36", "Quê quán", "Hometown", OPTIONAL, 300),
        string("occupation", "36", "Nghề nghiệp", "Occupation", OPTIONAL, 200),
        string("workplace", "36", "Chức danh, chức vụ, đơn vị công tác, học tập", "Workplace or school", OPTIONAL,
            300),
        string("residence", "36", "Nơi ở", "Residence", OPTIONAL, 300),
        simple("residesAbroad", "36", "Ở nước ngoài", "Lives abroad", FieldType.BOOLEAN, OPTIONAL),
        simple("deceased", "36", "Đã mất", "Deceased", FieldType.BOOLEAN, OPTIONAL)));
    r.sensitive(SensitiveCategory.FAMILY, "familyMembers");
    r.field(object(
        "householdEconomy", "37.3", "Nguồn thu nhập chính của gia đình hàng năm", "Household income and property",
        OPTIONAL,
        string("salaryIncome", "37.3", "Tiền lương", "Salary income", OPTIONAL, 100),
        text("otherIncome", "37.3", "Các nguồn khác", "Other income", OPTIONAL),
        housing("housingAllocated", "Nhà ở — được cấp, được thuê", "Housing — allocated or rented"),
        housing("housingOwned", "Nhà ở — tự mua, tự xây", "Housing — bought or built"),
        land("residentialLandAllocated", "Đất ở — được cấp", "Residential land — allocated"),
        land("residentialLandBought", "Đất ở — tự mua", "Residential land — bought"),
        text("businessLand", "37.3", "Đất sản xuất kinh doanh", "Business land", OPTIONAL)));
    r.sensitive(SensitiveCategory.HOUSEHOLD_ECONOMY, "householdEconomy");
    r.field(simple(
        "declarantCommitment", "", "Tôi xin cam đoan những lời khai trên đây là đúng sự thật",
        "I declare that the above statements are true", FieldType.BOOLEAN, MANDATORY));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Small factories

  private static FieldSpec simple(String id, String item, String vi, String en, FieldType type, Requirement req) {
    return new FieldSpec(id, item, vi, en, type, req, 0, null, List.of(), List.of());
  }

  private static FieldSpec string(String id, String item, String vi, String en, Requirement req, int maxLength) {
    return new FieldSpec(id, item, vi, en, FieldType.STRING, req, maxLength, null, List.of(), List.of());
  }

  private static FieldSpec text(String id, String item, String vi, String en, Requirement req) {
    return simple(id, item, vi, en, FieldType.TEXT, req);
  }

  private static FieldSpec stringList(String id, String item, String vi, String en, int maxItemLength) {
    return new FieldSpec(id, item, vi, en, FieldType.STRING_LIST, OPTIONAL, maxItemLength, null, List.of(), List.of());
  }

  private static FieldSpec enumeration(String id, String item, String vi, String en, Requirement req,
      String... values) {
    return new FieldSpec(id, item, vi, en, FieldType.ENUM, req, 0, null, List.of(values), List.of());
  }

  private static FieldSpec catalogRef(String id, String item, String vi, String en, Requirement req,
      Catalog catalog) {
    return new FieldSpec(id, item, vi, en, FieldType.CATALOG_REF, req, 0, catalog, List.of(), List.of());
  }

  private static FieldSpec unitRef(String id, String item, String vi, String en) {
    return simple(id, item, vi, en, FieldType.UNIT_REF, MANDATORY);
  }

  private static FieldSpec object(String id, String item, String vi, String en, Requirement req,
      FieldSpec... components) {
    return new FieldSpec(id, item, vi, en, FieldType.OBJECT, req, 0, null, List.of(), List.of(components));
  }

  private static FieldSpec address(String id, String item, String vi, String en, Requirement req) {
    return object(id, item, vi, en, req,
        catalogRef("provinceCode", item, "Tỉnh, thành phố", "Province", OPTIONAL, Catalog.PROVINCE_2025),
        string("districtName", item, "Huyện, quận (trước 01/7/2025)", "District (before 1 July 2025)", OPTIONAL,
            100),
        string("communeCode", item, "Mã xã, phường", "Commune code", OPTIONAL, 5),
        string("communeName", item, "Xã, phường", "Commune", MANDATORY, 100),
        string("detail", item, "Số nhà, đường phố, thôn, xóm", "House number, street, hamlet", OPTIONAL, 300),
        simple("asOfDate", item, "Ngày của địa danh", "Place names as of", FieldType.DATE, OPTIONAL));
  }

  private static FieldSpec housing(String id, String vi, String en) {
    return object(id, "37.3", vi, en, OPTIONAL,
        string("type", "37.3", "Loại nhà", "Type of house", OPTIONAL, 100),
        simple("areaM2", "37.3", "Tổng diện tích sử dụng (m²)", "Floor area (m²)", FieldType.DECIMAL, OPTIONAL),
        string("ownershipCertificate", "37.3", "Giấy chứng nhận quyền sở hữu", "Ownership certificate", OPTIONAL,
            200));
  }

  private static FieldSpec land(String id, String vi, String en) {
    return object(id, "37.3", vi, en, OPTIONAL,
        simple("areaM2", "37.3", "Diện tích (m²)", "Area (m²)", FieldType.DECIMAL, OPTIONAL),
        string("landUseCertificate", "37.3", "Giấy chứng nhận quyền sử dụng", "Land use certificate", OPTIONAL,
            200));
  }

  private static FieldSpec fromMonth(String item) {
    return simple("fromMonth", item, "Tháng/năm — Từ", "From (month/year)", FieldType.MONTH_YEAR, MANDATORY);
  }

  private static FieldSpec toMonth(String item) {
    return simple("toMonth", item, "Tháng/năm — Đến", "To (month/year)", FieldType.MONTH_YEAR, OPTIONAL);
  }

  private static FieldSpec institution(String item) {
    return string("institution", item, "Tên cơ sở đào tạo", "Institution", MANDATORY, 300);
  }

  private static FieldSpec trainingForm(String item) {
    return string("trainingForm", item, "Hình thức đào tạo", "Form of training", OPTIONAL, 100);
  }

  private static FieldSpec certificate(String item) {
    return string("certificate", item, "Chứng chỉ được cấp", "Certificate awarded", OPTIONAL, 200);
  }

  private static TableSpec table(String id, DossierGroup group, String item, String vi, String en, int minRows,
      FieldSpec... columns) {
    return new TableSpec(id, group, item, vi, en, List.of(columns), minRows);
  }

  /** Collects the registrations of the constructor; lives only while the constructor runs. */
  private static final class Registry {
    private final List<FieldSpec> fields = new ArrayList<>();
    private final List<TableSpec> tables = new ArrayList<>();
    private final Map<String, DossierGroup> groupByKey = new LinkedHashMap<>();
    private final Map<String, SensitiveCategory> sensitive = new LinkedHashMap<>();
    private DossierGroup current = DossierGroup.I;

    /** Marks already registered top-level fields or tables of the current group as sensitive. */
    void sensitive(SensitiveCategory category, String... keys) {
      for (String key : keys) {
        if (groupByKey.get(key) != current) {
          throw new IllegalStateException("sensitive key " + key + " is not registered in group " + current);
        }
        sensitive.put(key, category);
      }
    }

    void group(DossierGroup group) {
      current = group;
    }

    void field(FieldSpec field) {
      claim(field.id());
      fields.add(field);
    }

    void table(TableSpec table) {
      if (table.group() != current) {
        throw new IllegalStateException(table.id() + " registered under group " + current);
      }
      claim(table.id());
      tables.add(table);
    }

    private void claim(String key) {
      if (groupByKey.putIfAbsent(key, current) != null) {
        throw new IllegalStateException("duplicate dossier key " + key);
      }
    }
  }
}
