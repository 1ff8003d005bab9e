package vn.gov.hoso.dossier.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.catalog.Catalog;

class DossierSchemaTest {

  /** Identifiers copied from dossier-fields.md: they are form keys and JSON keys, a public contract. */
  private static final List<String> SPEC_IDENTIFIERS = List.of(
      "managingAgencyId", "employingUnitId", "staffNumber", "dossierId", "photo", "fullName", "gender", "otherNames",
      "dateOfBirth", "placeOfBirth", "hometown", "ethnicityCode", "religionCode", "citizenIdNumber",
      "citizenIdIssueDate", "contactPhone", "socialInsuranceNumber", "healthInsuranceCardNumber", "currentResidence",
      "familyBackground", "legacyPermanentResidence",
      "occupationBeforeRecruitment", "firstRecruitmentDate", "recruitingAgency", "currentAgencyJoinDate",
      "mainAssignedWork", "workStrengths", "longestHeldWork", "personnelCategory", "employmentStatus",
      "partyAdmissionDate", "partyOfficialDate", "firstSocioPoliticalOrgDate", "firstSocioPoliticalOrgName",
      "militaryEnlistmentDate", "militaryDischargeDate", "highestMilitaryRank", "policyBeneficiaryTypes",
      "generalEducationGrade", "generalEducationSystem", "highestQualification", "academicTitle", "academicTitleYear",
      "stateHonours",
      "currentPosition", "positionAppointedDate", "positionReappointedDate", "plannedTitles", "concurrentPositions",
      "currentPartyPosition", "concurrentPartyPositions",
      "rankOrTitleName", "rankOrTitleCode", "rankAppointedDate", "salaryStep", "salaryCoefficient",
      "salaryEffectiveDate", "salaryPercent", "seniorityAllowancePercent", "seniorityAllowanceDate",
      "positionAllowanceCoefficient", "concurrentPositionAllowance", "otherAllowances", "jobPositionName",
      "jobPositionCode", "jobPositionSalaryStep", "jobPositionSalaryAmount", "jobPositionSalaryDate",
      "jobPositionSalaryPercent", "jobPositionSeniorityPercent", "jobPositionSeniorityDate", "salaryHistory",
      "allowanceHistory",
      "healthStatus", "heightCm", "weightKg", "bloodType",
      "professionalTraining", "politicalTheoryTraining", "stateManagementTraining", "defenceSecurityTraining",
      "itTraining", "languageTraining",
      "workHistory", "detentionHistory", "formerRegimeService", "foreignOrganisationTies",
      "annualRecords", "disciplineRecords",
      "familyMembers", "householdEconomy", "declarantCommitment");

  private final DossierSchema schema = new DossierSchema();

  @Test
  void registersEverySpecIdentifierAndNothingElseWhenBuilt() {
    assertThat(schema.topLevelKeys()).containsExactlyInAnyOrderElementsOf(SPEC_IDENTIFIERS);
  }

  @Test
  void marksTheSensitiveFieldsOfIssue4WithTheirReason() {
    assertThat(schema.sensitiveKeys()).containsExactlyEntriesOf(new java.util.LinkedHashMap<>(Map.of(
        "familyBackground", SensitiveCategory.FAMILY)) {
      {
        put("plannedTitles", SensitiveCategory.PLANNING);
        put("healthStatus", SensitiveCategory.HEALTH);
        put("heightCm", SensitiveCategory.HEALTH);
        put("weightKg", SensitiveCategory.HEALTH);
        put("bloodType", SensitiveCategory.HEALTH);
        put("detentionHistory", SensitiveCategory.DETENTION);
        put("formerRegimeService", SensitiveCategory.FORMER_REGIME);
        put("foreignOrganisationTies", SensitiveCategory.FOREIGN_TIES);
        put("familyMembers", SensitiveCategory.FAMILY);
        put("householdEconomy", SensitiveCategory.HOUSEHOLD_ECONOMY);
      }
    });
    assertThat(schema.sensitiveKeys().values()).containsAll(List.of(SensitiveCategory.values()));
    assertThat(schema.sensitivity("fullName")).isEmpty();
    assertThat(schema.sensitivity("householdEconomy")).contains(SensitiveCategory.HOUSEHOLD_ECONOMY);
  }

  @Test
  void hasNoDuplicateTopLevelIdsWhenFieldsAndTablesAreCounted() {
    List<String> ids = new ArrayList<>();
    schema.allFields().forEach(f -> ids.add(f.id()));
    schema.allTables().forEach(t -> ids.add(t.id()));

    assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(schema.topLevelKeys());
  }

  @Test
  void keepsFormOrderWhenListingTopLevelKeys() {
    assertThat(schema.topLevelKeys()).first().isEqualTo("managingAgencyId");
    assertThat(schema.topLevelKeys()).last().isEqualTo("declarantCommitment");
    assertThat(List.copyOf(schema.topLevelKeys()))
        .containsSubsequence("fullName", "gender", "dateOfBirth", "placeOfBirth")
        .containsSubsequence("workHistory", "detentionHistory", "formerRegimeService")
        .containsSubsequence("familyMembers", "householdEconomy", "declarantCommitment");
  }

  @Test
  void leavesOutDerivedSummariesAndAgencyBlockWhenRegistering() {
    assertThat(schema.topLevelKeys()).doesNotContain(
        "politicalTheoryLevel", "stateManagementLevel", "foreignLanguages", "itLevel", "agencyAssessment", "approval");
  }

  @Test
  void placesKeysInTheirGroupsWhenAsked() {
    assertThat(schema.groupOf("citizenIdNumber")).isEqualTo(DossierGroup.I);
    assertThat(schema.groupOf("personnelCategory")).isEqualTo(DossierGroup.II);
    assertThat(schema.groupOf("mainAssignedWork")).isEqualTo(DossierGroup.II);
    assertThat(schema.groupOf("policyBeneficiaryTypes")).isEqualTo(DossierGroup.III);
    assertThat(schema.groupOf("stateHonours")).isEqualTo(DossierGroup.IV);
    assertThat(schema.groupOf("concurrentPartyPositions")).isEqualTo(DossierGroup.V);
    assertThat(schema.groupOf("salaryHistory")).isEqualTo(DossierGroup.VI);
    assertThat(schema.groupOf("bloodType")).isEqualTo(DossierGroup.VII);
    assertThat(schema.groupOf("languageTraining")).isEqualTo(DossierGroup.VIII);
    assertThat(schema.groupOf("detentionHistory")).isEqualTo(DossierGroup.IX);
    assertThat(schema.groupOf("disciplineRecords")).isEqualTo(DossierGroup.X);
    assertThat(schema.groupOf("declarantCommitment")).isEqualTo(DossierGroup.XI);
    assertThatThrownBy(() -> schema.groupOf("agencyAssessment")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesEveryGroupSomethingToDeclareWhenListedByGroup() {
    for (DossierGroup group : DossierGroup.values()) {
      assertThat(schema.fields(group).size() + schema.tables(group).size()).as(group.name()).isPositive();
    }
    assertThat(schema.tables(DossierGroup.VIII)).extracting(TableSpec::id).containsExactly(
        "professionalTraining", "politicalTheoryTraining", "stateManagementTraining", "defenceSecurityTraining",
        "itTraining", "languageTraining");
    assertThat(schema.fields(DossierGroup.VIII)).isEmpty();
    assertThat(schema.fields(DossierGroup.I)).extracting(FieldSpec::id).startsWith("managingAgencyId",
        "employingUnitId", "staffNumber", "dossierId", "photo");
  }

  @Test
  void separatesFieldsFromTablesWhenLookingUpById() {
    assertThat(schema.field("workHistory")).isEmpty();
    assertThat(schema.table("workHistory")).isPresent();
    assertThat(schema.field("fullName")).isPresent();
    assertThat(schema.table("fullName")).isEmpty();
    assertThat(schema.field("nickname")).isEmpty();
  }

  @Test
  void declaresTableColumnsAsSpecifiedWhenTablesAreRead() {
    assertThat(table("workHistory").columns()).extracting(FieldSpec::id)
        .containsExactly("fromMonth", "toMonth", "unit", "titleOrPosition");
    assertThat(table("workHistory").minRows()).isEqualTo(1);
    assertThat(table("salaryHistory").columns()).extracting(FieldSpec::id).containsExactly(
        "fromMonth", "toMonth", "rankOrTitleCode", "salaryStep", "salaryCoefficient", "positionBasedSalary");
    assertThat(table("allowanceHistory").columns()).extracting(FieldSpec::id).containsExactly(
        "fromMonth", "toMonth", "allowanceType", "percent", "coefficient", "paymentForm", "amountVnd");
    assertThat(table("languageTraining").columns()).extracting(FieldSpec::id)
        .containsExactly("fromMonth", "toMonth", "institution", "languageName", "certificate", "score");
    assertThat(table("annualRecords").columns()).extracting(FieldSpec::id)
        .containsExactly("year", "qualityRating", "emulationTitle", "awardForms");
    assertThat(table("disciplineRecords").columns()).extracting(FieldSpec::id)
        .containsExactly("fromMonth", "toMonth", "disciplineKind", "form", "mainViolation", "decidingAuthority");
    assertThat(table("familyMembers").columns()).extracting(FieldSpec::id)
        .startsWith("side", "relationship", "fullName", "birthYear", "details");
    assertThat(table("stateHonours").columns()).extracting(FieldSpec::id).containsExactly("title", "year");
    assertThat(schema.allTables()).allSatisfy(t -> assertThat(t.minRows()).isEqualTo(
        t.id().equals("workHistory") ? 1 : 0));
  }

  @Test
  void modelsAddressesAsObjectsWhenFieldIsAnAddress() {
    for (String id : List.of("placeOfBirth", "hometown", "currentResidence", "legacyPermanentResidence")) {
      FieldSpec address = field(id);
      assertThat(address.type()).isEqualTo(FieldType.OBJECT);
      assertThat(address.components()).extracting(FieldSpec::id).containsExactly(
          "provinceCode", "districtName", "communeCode", "communeName", "detail", "asOfDate");
      assertThat(address.components().get(0).catalog()).isEqualTo(Catalog.PROVINCE_2025);
      assertThat(address.components().get(0).requirement()).isEqualTo(Requirement.OPTIONAL);
    }
  }

  @Test
  void usesVietnameseDisplayValuesWhenFieldIsAnEnum() {
    assertThat(field("gender").enumValues()).containsExactly("Nam", "Nữ");
    assertThat(field("personnelCategory").enumValues())
        .containsExactly("Cán bộ", "Công chức", "Viên chức", "Người lao động");
    assertThat(field("employmentStatus").enumValues()).containsExactly(
        "Đang công tác", "Biệt phái", "Chuyển công tác", "Nghỉ hưu", "Thôi việc", "Buộc thôi việc", "Từ trần");
    assertThat(field("bloodType").enumValues()).containsExactly("A", "B", "AB", "O");
    assertThat(field("highestQualification").components().get(0).enumValues())
        .containsExactly("TSKH", "TS", "ThS", "Đại học", "Cao đẳng", "Trung cấp", "Sơ cấp");
    assertThat(table("disciplineRecords").columns().get(2).enumValues()).containsExactly("Đảng", "Hành chính");
    assertThat(table("familyMembers").columns().get(0).enumValues()).containsExactly("SELF", "SPOUSE");
  }

  @Test
  void typesKeyFieldsAsTheSpecSaysWhenRead() {
    assertThat(field("declarantCommitment").type()).isEqualTo(FieldType.BOOLEAN);
    assertThat(field("declarantCommitment").isMandatory()).isTrue();
    assertThat(field("ethnicityCode").catalog()).isEqualTo(Catalog.ETHNIC_GROUP);
    assertThat(field("managingAgencyId").type()).isEqualTo(FieldType.UNIT_REF);
    assertThat(field("plannedTitles").type()).isEqualTo(FieldType.STRING_LIST);
    assertThat(field("citizenIdNumber").maxLength()).isEqualTo(12);
    assertThat(field("firstRecruitmentDate").requirement()).isEqualTo(Requirement.CONDITIONAL);
    assertThat(field("fullName").labelVi()).isEqualTo("Họ và tên khai sinh (viết chữ in hoa)");
    assertThat(field("contactPhone").labelVi()).isEqualTo("SĐT liên hệ");
  }

  @Test
  void writesLabelsInBothLanguagesInNfcWhenAnySpecIsRead() {
    List<FieldSpec> all = schema.allFields().stream()
        .flatMap(DossierSchemaTest::withComponents)
        .toList();
    List<FieldSpec> columns = schema.allTables().stream().flatMap(t -> t.columns().stream()).toList();
    assertThat(Stream.concat(all.stream(), columns.stream())).allSatisfy(f -> {
      assertThat(f.labelVi()).isNotBlank().isEqualTo(Normalizer.normalize(f.labelVi(), Normalizer.Form.NFC));
      assertThat(f.labelEn()).isNotBlank();
    });
    assertThat(schema.allTables()).allSatisfy(t -> {
      assertThat(t.columns()).extracting(FieldSpec::id).doesNotHaveDuplicates();
      assertThat(t.labelVi()).isNotBlank();
    });
  }

  @Test
  void refusesChangesWhenListsAreModified() {
    assertThatThrownBy(() -> schema.allFields().add(field("fullName")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> schema.fields(DossierGroup.I).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> schema.topLevelKeys().remove("fullName"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Stream<FieldSpec> withComponents(FieldSpec field) {
    return Stream.concat(Stream.of(field), field.components().stream().flatMap(DossierSchemaTest::withComponents));
  }

  private FieldSpec field(String id) {
    return schema.field(id).orElseThrow();
  }

  private TableSpec table(String id) {
    return schema.table(id).orElseThrow();
  }
}
