package vn.gov.hoso.dossier.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.hoso.dossier.DossierFixtures.BUI_THI_THUY_CCCD;
import static vn.gov.hoso.dossier.DossierFixtures.SO_Y_TE_THANH_HOA;
import static vn.gov.hoso.dossier.DossierFixtures.aCivilServantDossier;
import static vn.gov.hoso.dossier.DossierFixtures.buiThiThuyContext;
import static vn.gov.hoso.dossier.DossierFixtures.thanhHoaUnits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.catalog.internal.Catalogs;
import vn.gov.hoso.dossier.schema.DossierSchema;

class DossierValidatorTest {

  private final DossierValidator validator =
      new DossierValidator(new DossierSchema(), Catalogs.real(), DossierFixtures.fixedClock());
  private final ObjectNode dossier = aCivilServantDossier();

  @Test
  void acceptsCompleteCivilServantDossierWithoutErrorsOrWarnings() {
    assertThat(validate()).isEmpty();
  }

  @Nested
  class Structure {

    @Test
    void reportsRequiredWhenMandatoryFieldIsAbsent() {
      dossier.remove("fullName");

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.REQUIRED, "fullName", "Họ và tên khai sinh (viết chữ in hoa)"));
    }

    @Test
    void reportsRequiredWhenMandatoryFieldIsBlankOrNull() {
      dossier.put("mainAssignedWork", "   ");
      dossier.putNull("healthStatus");

      assertThat(errorKeys()).containsExactly(
          tuple("mainAssignedWork", "required"), tuple("healthStatus", "required"));
    }

    @Test
    void reportsRequiredWhenMandatoryAddressIsEmptyObject() {
      dossier.putObject("placeOfBirth").put("communeName", "");

      assertThat(errorKeys()).containsExactly(tuple("placeOfBirth", "required"));
    }

    @Test
    void reportsRequiredMemberWhenAddressLacksCommune() {
      ((ObjectNode) dossier.get("hometown")).remove("communeName");

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.REQUIRED, "hometown.communeName", "Xã, phường"));
    }

    @Test
    void reportsUnknownFieldWhenKeysAreNotInSchema() {
      dossier.put("nickname", "Thủy Bùi");
      ((ObjectNode) dossier.get("placeOfBirth")).put("hamlet", "Thôn 3");
      row("workHistory", 1).put("salary", 1000);

      assertThat(errorKeys()).containsExactly(
          tuple("nickname", "unknownField"),
          tuple("placeOfBirth.hamlet", "unknownField"),
          tuple("workHistory[1].salary", "unknownField"));
    }

    @Test
    void reportsInvalidDocumentWhenContentIsNotAnObject() {
      List<Violation> violations =
          validator.validate(JsonNodeFactory.instance.arrayNode().add("x"), buiThiThuyContext());

      assertThat(violations).extracting(Violation::path, Violation::code)
          .containsExactly(tuple("", "invalidDocument"));
    }

    @Test
    void reportsEveryProblemWithoutThrowingWhenValuesHaveWrongTypes() {
      dossier.put("fullName", 42);
      dossier.put("dateOfBirth", 19850314);
      dossier.put("placeOfBirth", "Thanh Hóa");
      dossier.put("salaryStep", "sáu");
      dossier.put("workHistory", "đã khai trên giấy");
      dossier.putArray("familyMembers").add(7).addNull();
      dossier.putObject("plannedTitles").put("a", "b");
      dossier.put("declarantCommitment", "có");
      dossier.put("heightCm", 158.5);

      assertThatCode(this::validateAll).doesNotThrowAnyException();
      assertThat(errorKeys()).contains(
          tuple("fullName", "invalidText"),
          tuple("dateOfBirth", "invalidDate"),
          tuple("placeOfBirth", "invalidObject"),
          tuple("salaryStep", "invalidInteger"),
          tuple("workHistory", "invalidTable"),
          tuple("familyMembers[0]", "invalidRow"),
          tuple("familyMembers[1]", "invalidRow"),
          tuple("plannedTitles", "invalidList"),
          tuple("declarantCommitment", "invalidBoolean"),
          tuple("heightCm", "invalidInteger"));
    }

    private void validateAll() {
      validate();
    }

    @Test
    void neverThrowsWhenAnyValueOrCellIsReplacedByAnotherKindOfJson() throws Exception {
      ObjectMapper json = new ObjectMapper();
      List<JsonNode> oddValues = List.of(NullNode.instance, IntNode.valueOf(-1), DoubleNode.valueOf(1e300),
          TextNode.valueOf(""), TextNode.valueOf("x"), BooleanNode.TRUE, json.readTree("[]"), json.readTree("{}"),
          json.readTree("[1, {\"a\": null}]"), json.readTree("{\"a\": [1]}"), TextNode.valueOf("99/99/9999"));
      ObjectNode original = aCivilServantDossier();
      int validations = 0;
      for (String key : original.properties().stream().map(Map.Entry::getKey).toList()) {
        for (JsonNode odd : oddValues) {
          ObjectNode mutated = original.deepCopy();
          mutated.set(key, odd);
          assertThatCode(() -> validator.validate(mutated, buiThiThuyContext())).as(key + "=" + odd)
              .doesNotThrowAnyException();
          validations++;
          if (original.get(key).isArray() && original.get(key).get(0).isObject()) {
            for (String column : original.get(key).get(0).properties().stream().map(Map.Entry::getKey).toList()) {
              ObjectNode cellMutated = original.deepCopy();
              ((ObjectNode) cellMutated.get(key).get(0)).set(column, odd);
              assertThatCode(() -> validator.validate(cellMutated, buiThiThuyContext()))
                  .as(key + "[0]." + column + "=" + odd).doesNotThrowAnyException();
              validations++;
            }
          }
        }
      }
      assertThat(validations).isGreaterThan(1000);
    }

    @Test
    void reportsInvalidDateWhenNotIsoOrNotACalendarDay() {
      dossier.put("citizenIdIssueDate", "20/04/2021");
      dossier.put("salaryEffectiveDate", "2023-02-30");

      assertThat(errorKeys()).containsExactly(
          tuple("citizenIdIssueDate", "invalidDate"), tuple("salaryEffectiveDate", "invalidDate"));
    }

    @Test
    void reportsInvalidMonthYearWhenMonthIsOutOfRangeOrFormatIsIso() {
      row("professionalTraining", 0).put("fromMonth", "13/2003");
      row("itTraining", 0).put("toMonth", "2017-08");

      assertThat(errorKeys()).containsExactly(
          tuple("professionalTraining[0].fromMonth", "invalidMonthYear"),
          tuple("itTraining[0].toMonth", "invalidMonthYear"));
    }

    @Test
    void reportsInvalidYearWhenYearIsTextOrNotFourDigits() {
      row("annualRecords", 0).put("year", "2023");
      row("familyMembers", 3).put("birthYear", 12);

      assertThat(errorKeys()).containsExactly(
          tuple("annualRecords[0].year", "invalidYear"), tuple("familyMembers[3].birthYear", "invalidYear"));
    }

    @Test
    void reportsInvalidEnumValueWhenValueIsNotAllowed() {
      dossier.put("bloodType", "Rh+");
      dossier.put("employmentStatus", "Đang làm việc");

      assertThat(errorKeys()).containsExactly(
          tuple("employmentStatus", "invalidEnumValue"), tuple("bloodType", "invalidEnumValue"));
    }

    @Test
    void reportsTooLongWhenTextExceedsMaxLength() {
      dossier.put("staffNumber", "TH-SNV-" + "0".repeat(24));
      dossier.putArray("concurrentPositions").add("Ủy viên " + "x".repeat(300));

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.TOO_LONG, "staffNumber", "Số hiệu", "30"),
          Violation.of(ViolationCode.TOO_LONG, "concurrentPositions[0]", "Chức vụ kiêm nhiệm", "300"));
    }

    @Test
    void reportsInvalidNameWhenFullNameHasDigits() {
      dossier.put("fullName", "Bùi Thị Thủy 2");

      assertThat(errorKeys()).containsExactly(tuple("fullName", "invalidName"));
    }

    @Test
    void acceptsNameWithHyphenAndApostropheWhenLettersAreVietnamese() {
      dossier.put("fullName", "H'Hen Niê-Ksor");

      assertThat(errors()).isEmpty();
    }

    @Test
    void reportsInvalidCommuneCodeWhenNotFiveDigits() {
      ((ObjectNode) dossier.get("currentResidence")).put("communeCode", "1605");

      assertThat(errorKeys()).containsExactly(tuple("currentResidence.communeCode", "invalidCommuneCode"));
    }

    @Test
    void reportsOutOfRangeWhenHeightWeightOrPercentAreImplausible() {
      dossier.put("heightCm", 300);
      dossier.put("weightKg", 10);
      dossier.put("salaryPercent", 120);

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.OUT_OF_RANGE, "salaryPercent", "Phần trăm hưởng", "0", "100"),
          Violation.of(ViolationCode.OUT_OF_RANGE, "heightCm", "Chiều cao (cm)", "50", "250"),
          Violation.of(ViolationCode.OUT_OF_RANGE, "weightKg", "Cân nặng (kg)", "20", "300"));
    }

    @Test
    void reportsSignErrorsWhenAmountsAreNegativeOrZero() {
      dossier.put("jobPositionSalaryAmount", 0);
      row("allowanceHistory", 1).put("coefficient", -0.3);

      assertThat(errorKeys()).containsExactly(
          tuple("jobPositionSalaryAmount", "mustBePositive"),
          tuple("allowanceHistory[1].coefficient", "mustNotBeNegative"));
    }
  }

  @Nested
  class CitizenId {

    @Test
    void reportsGenderMismatchWhenFourthDigitIsOddForAMan() {
      dossier.put("gender", "Nam");

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.CITIZEN_ID_GENDER_MISMATCH, "citizenIdNumber", "Số CCCD", "1", "Nam"));
    }

    @Test
    void reportsCenturyMismatchWhenFourthDigitIsForTheTwentyFirstCentury() {
      List<Violation> violations = validateWithCitizenId("038385011234");

      assertThat(errorsOf(violations)).containsExactly(
          Violation.of(ViolationCode.CITIZEN_ID_CENTURY_MISMATCH, "citizenIdNumber", "Số CCCD", "3", "1985"));
    }

    @Test
    void reportsBirthYearMismatchWhenFifthAndSixthDigitsDiffer() {
      List<Violation> violations = validateWithCitizenId("038186011234");

      assertThat(errorsOf(violations)).containsExactly(
          Violation.of(ViolationCode.CITIZEN_ID_BIRTH_YEAR_MISMATCH, "citizenIdNumber", "Số CCCD", "86", "1985"));
    }

    @Test
    void reportsUnknownProvinceWhenFirstThreeDigitsAre003() {
      List<Violation> violations = validateWithCitizenId("003185011234");

      assertThat(errorsOf(violations)).containsExactly(
          Violation.of(ViolationCode.CITIZEN_ID_UNKNOWN_PROVINCE, "citizenIdNumber", "Số CCCD", "003"));
    }

    @Test
    void reportsFormatWhenNumberHasElevenDigits() {
      dossier.put("citizenIdNumber", "03818501123");

      assertThat(errorKeys()).containsExactly(
          tuple("citizenIdNumber", "citizenIdNotDossierId"), tuple("citizenIdNumber", "citizenIdFormat"));
    }

    @Test
    void reportsNotDossierIdWhenNumberBelongsToAnotherPerson() {
      dossier.put("citizenIdNumber", "038185099999");

      assertThat(errors()).containsExactly(Violation.of(
          ViolationCode.CITIZEN_ID_NOT_DOSSIER_ID, "citizenIdNumber", "Số CCCD", BUI_THI_THUY_CCCD));
    }

    @Test
    void reportsDossierIdMismatchWhenIdentificationFieldDiffers() {
      dossier.put("dossierId", "038185099999");

      assertThat(errorKeys()).containsExactly(tuple("dossierId", "dossierIdMismatch"));
    }

    @Test
    void acceptsDossierWhenIdentificationFieldIsLeftToTheServer() {
      dossier.remove("dossierId");

      assertThat(errors()).isEmpty();
    }

    @Test
    void reportsIssueDateErrorsWhenBeforeBirthOrInFuture() {
      dossier.put("citizenIdIssueDate", "1984-12-01");
      ObjectNode other = aCivilServantDossier().put("citizenIdIssueDate", "2026-03-17");

      assertThat(errors()).containsExactly(Violation.of(
          ViolationCode.MUST_BE_AFTER, "citizenIdIssueDate", "Ngày cấp", "Sinh ngày … tháng … năm …"));
      assertThat(errorKeysOf(validator.validate(other, buiThiThuyContext())))
          .containsExactly(tuple("citizenIdIssueDate", "dateInFuture"));
    }

    private List<Violation> validateWithCitizenId(String number) {
      dossier.put("citizenIdNumber", number).put("dossierId", number);
      return validator.validate(dossier, new ValidationContext(number, thanhHoaUnits()));
    }
  }

  @Nested
  class PersonalData {

    @Test
    void reportsDateInFutureWhenBornTomorrow() {
      dossier.put("dateOfBirth", "2026-03-17");

      assertThat(errorKeys()).contains(tuple("dateOfBirth", "dateInFuture"));
    }

    @Test
    void reportsInvalidPhoneWhenNineDigits() {
      dossier.put("contactPhone", "091 234 567");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.INVALID_PHONE, "contactPhone", "SĐT liên hệ"));
    }

    @Test
    void reportsInvalidPhoneWhenNotStartingWithZeroOrWithLetters() {
      dossier.put("contactPhone", "+84912345678");
      ObjectNode other = aCivilServantDossier().put("contactPhone", "0912-345-678");

      assertThat(errorKeys()).containsExactly(tuple("contactPhone", "invalidPhone"));
      assertThat(errorKeysOf(validator.validate(other, buiThiThuyContext())))
          .containsExactly(tuple("contactPhone", "invalidPhone"));
    }

    @Test
    void acceptsPhoneWhenDigitsAreGroupedWithDots() {
      dossier.put("contactPhone", "0912.345.678");

      assertThat(errors()).isEmpty();
    }

    @Test
    void reportsUnknownCodeWhenEthnicityIsNotInCatalog() {
      dossier.put("ethnicityCode", "99");

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.UNKNOWN_CODE, "ethnicityCode", "Dân tộc", "99"));
    }

    @Test
    void reportsNotSelectableWhenEthnicityIsForeigner() {
      dossier.put("ethnicityCode", "55");

      assertThat(errorKeys()).containsExactly(tuple("ethnicityCode", "codeNotSelectable"));
    }

    @Test
    void reportsUnknownCodeWhenProvinceOfAddressIsOldCode() {
      ((ObjectNode) dossier.get("hometown")).put("provinceCode", "038");

      assertThat(errorKeys()).containsExactly(tuple("hometown.provinceCode", "unknownCode"));
    }

    @Test
    void reportsGradeErrorsWhenGradeExceedsSystemOrTwelve() {
      dossier.put("generalEducationSystem", "10 năm");
      ObjectNode other = aCivilServantDossier().put("generalEducationGrade", 13);

      assertThat(errorKeys()).containsExactly(tuple("generalEducationGrade", "gradeExceedsSystem"));
      assertThat(errorKeysOf(validator.validate(other, buiThiThuyContext())))
          .containsExactly(tuple("generalEducationGrade", "outOfRange"));
    }

    @Test
    void reportsCommitmentNotAcceptedWhenFalseAndRequiredWhenAbsent() {
      dossier.put("declarantCommitment", false);
      ObjectNode other = aCivilServantDossier();
      other.remove("declarantCommitment");

      assertThat(errorKeys()).containsExactly(tuple("declarantCommitment", "commitmentNotAccepted"));
      assertThat(errorKeysOf(validator.validate(other, buiThiThuyContext())))
          .containsExactly(tuple("declarantCommitment", "required"));
    }
  }

  @Nested
  class Units {

    @Test
    void reportsUnknownUnitWhenEmployingUnitDoesNotExist() {
      dossier.put("employingUnitId", "TH-SNV-GONE");

      assertThat(errorKeys()).containsExactly(tuple("employingUnitId", "unknownUnit"));
    }

    @Test
    void reportsNotAncestorWhenManagingAgencyIsOutsideTheEmployingUnitsBranch() {
      dossier.put("managingAgencyId", SO_Y_TE_THANH_HOA);

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.UNIT_NOT_ANCESTOR, "managingAgencyId",
          "Cơ quan quản lý cán bộ, công chức, viên chức", "Cơ quan, đơn vị sử dụng cán bộ, công chức, viên chức"));
    }

    @Test
    void acceptsManagingAgencyWhenItIsTheEmployingUnitItself() {
      dossier.put("managingAgencyId", DossierFixtures.PHONG_TO_CHUC_BIEN_CHE);

      assertThat(errors()).isEmpty();
    }
  }

  @Nested
  class ConditionalRequirements {

    @Test
    void reportsRequiredWhenCadreLacksRecruitment() {
      dossier.put("personnelCategory", "Cán bộ");
      dossier.remove("firstRecruitmentDate");
      dossier.put("recruitingAgency", "");

      assertThat(errorKeys()).containsExactly(
          tuple("firstRecruitmentDate", "required"), tuple("recruitingAgency", "required"));
    }

    @Test
    void reportsRequiredWhenCivilServantLacksSalaryStep() {
      dossier.remove("salaryStep");

      assertThat(errorKeys()).containsExactly(tuple("salaryStep", "required"));
    }

    @Test
    void acceptsContractStaffWithoutRankSalaryOrWorkHistory() {
      dossier.put("personnelCategory", "Người lao động");
      for (String field : List.of("rankOrTitleName", "rankOrTitleCode", "rankAppointedDate", "salaryStep",
          "salaryCoefficient", "salaryEffectiveDate", "salaryHistory", "workHistory", "firstRecruitmentDate",
          "recruitingAgency", "positionAppointedDate", "currentPosition", "annualRecords")) {
        dossier.remove(field);
      }

      assertThat(errors()).isEmpty();
    }

    @Test
    void reportsTooFewRowsWhenCivilServantHasNoWorkHistory() {
      dossier.putArray("workHistory");

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.TOO_FEW_ROWS, "workHistory", "Tóm tắt quá trình công tác", "1"));
    }

    @Test
    void reportsPartyDateErrorsWhenOfficialDateLacksOrPrecedesAdmission() {
      dossier.put("partyOfficialDate", "2012-05-18");
      ObjectNode other = aCivilServantDossier();
      other.remove("partyAdmissionDate");
      other.remove("currentPartyPosition");

      assertThat(errorKeys()).containsExactly(tuple("partyOfficialDate", "mustNotBeBefore"));
      assertThat(errorKeysOf(validator.validate(other, buiThiThuyContext())))
          .containsExactly(tuple("partyOfficialDate", "notAllowedWithout"));
    }

    @Test
    void reportsNotAllowedWithoutWhenPartyPositionWithoutMembership() {
      dossier.remove("partyAdmissionDate");
      dossier.remove("partyOfficialDate");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.NOT_ALLOWED_WITHOUT, "currentPartyPosition",
          "Chức vụ Đảng hiện tại", "Ngày vào Đảng Cộng sản Việt Nam"));
    }

    @Test
    void reportsMilitaryErrorsWhenDischargePrecedesEnlistmentAndRankMissing() {
      dossier.put("militaryEnlistmentDate", "2004-02-01").put("militaryDischargeDate", "2003-02-01");

      assertThat(errorKeys()).containsExactly(
          tuple("militaryDischargeDate", "mustNotBeBefore"), tuple("highestMilitaryRank", "required"));
    }

    @Test
    void reportsRequiredWhenPositionHasNoAppointmentDate() {
      dossier.remove("positionAppointedDate");

      assertThat(errorKeys()).containsExactly(tuple("positionAppointedDate", "required"));
    }

    @Test
    void reportsRequiredWhenFirstOrganisationDateHasNoName() {
      dossier.remove("firstSocioPoliticalOrgName");

      assertThat(errorKeys()).containsExactly(tuple("firstSocioPoliticalOrgName", "required"));
    }
  }

  @Nested
  class Salary {

    @Test
    void reportsStepExceedsGroupWhenStepTenOfA1() {
      dossier.put("salaryStep", 10);

      assertThat(errors()).contains(
          Violation.of(ViolationCode.SALARY_STEP_EXCEEDS_GROUP, "salaryStep", "Bậc lương", "A1", "9"));
    }

    @Test
    void reportsCoefficientMismatchWhenCoefficientIsNotTheScales() {
      dossier.put("salaryCoefficient", 4.00);

      assertThat(errors()).contains(
          Violation.of(ViolationCode.COEFFICIENT_MISMATCH, "salaryCoefficient", "Hệ số", "3.99", "A1", "6"));
    }

    @Test
    void reportsUnknownCodeWhenRankIsNotInCatalogs() {
      dossier.put("rankOrTitleCode", "01.099");

      assertThat(errorKeys()).contains(tuple("rankOrTitleCode", "unknownCode"));
    }

    @Test
    void acceptsProfessionalTitleWrittenWithoutDotAfterV() {
      dossier.put("personnelCategory", "Viên chức").put("rankOrTitleCode", "V07.04.32")
          .put("rankOrTitleName", "Giáo viên trung học cơ sở hạng III");
      for (JsonNode row : dossier.get("salaryHistory")) {
        ((ObjectNode) row).put("rankOrTitleCode", "V.07.04.32");
      }

      assertThat(errors()).isEmpty();
    }

    @Test
    void reportsSeniorityErrorsWhenNotAtLastStepAndWithoutDate() {
      dossier.put("seniorityAllowancePercent", 5);

      assertThat(errorKeys()).containsExactly(
          tuple("seniorityAllowanceDate", "required"),
          tuple("seniorityAllowancePercent", "seniorityAllowanceNotAtLastStep"));
    }

    @Test
    void reportsSeniorityTooLowWhenBelowFivePercentAtLastStep() {
      setCurrentSalary(9, 4.98);
      dossier.put("seniorityAllowancePercent", 3).put("seniorityAllowanceDate", "2026-01-01");

      assertThat(errorKeys()).containsExactly(tuple("seniorityAllowancePercent", "seniorityAllowanceTooLow"));
    }

    @Test
    void acceptsSeniorityAllowanceWhenAtLastStep() {
      setCurrentSalary(9, 4.98);
      dossier.put("seniorityAllowancePercent", 6).put("seniorityAllowanceDate", "2025-09-01");

      assertThat(errors()).isEmpty();
    }

    private void setCurrentSalary(int step, double coefficient) {
      dossier.put("salaryStep", step).put("salaryCoefficient", coefficient);
      row("salaryHistory", 5).put("salaryStep", step).put("salaryCoefficient", coefficient);
    }

    @Test
    void reportsMultipleOpenRowsWhenTwoSalaryRowsHaveNoEnd() {
      row("salaryHistory", 4).remove("toMonth");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.MULTIPLE_OPEN_ROWS,
          "salaryHistory[5].toMonth", "Tháng/năm — Đến", "Quá trình lương của bản thân"));
    }

    @Test
    void reportsOverlapWhenSalaryRowStartsBeforePreviousEnds() {
      row("salaryHistory", 1).put("fromMonth", "06/2011");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.SALARY_PERIODS_OVERLAP,
          "salaryHistory[1].fromMonth", "Tháng/năm — Từ", "1"));
    }

    @Test
    void reportsOpenRowDiffersWhenCurrentRowIsNotTheCurrentSalary() {
      row("salaryHistory", 5).put("salaryStep", 5).put("salaryCoefficient", 3.66);

      assertThat(errorKeys()).containsExactly(
          tuple("salaryHistory[5].salaryStep", "salaryOpenRowDiffers"),
          tuple("salaryHistory[5].salaryCoefficient", "salaryOpenRowDiffers"));
    }

    @Test
    void reportsRequiredWhenSalaryRowHasNeitherStepNorPositionBasedSalary() {
      row("salaryHistory", 0).remove("salaryStep");
      row("salaryHistory", 1).remove("salaryStep");
      row("salaryHistory", 1).put("positionBasedSalary", 5_000_000);

      assertThat(errorKeys()).containsExactly(tuple("salaryHistory[0].salaryStep", "required"));
    }

    @Test
    void reportsOneOfRequiredWhenAllowanceRowHasNoValue() {
      row("allowanceHistory", 0).remove("percent");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.ONE_OF_REQUIRED, "allowanceHistory[0].percent",
          "Phần trăm hưởng", "Hệ số", "Giá trị (đồng)"));
    }
  }

  @Nested
  class Tables {

    @Test
    void reportsToBeforeFromWhenWorkRowEndsBeforeItStarts() {
      row("workHistory", 0).put("toMonth", "08/2007");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.TO_BEFORE_FROM, "workHistory[0].toMonth",
          "Tháng/năm — Đến", "Tháng/năm — Từ"));
    }

    @Test
    void reportsRequiredColumnWhenTrainingRowLacksInstitution() {
      row("languageTraining", 0).put("institution", "");

      assertThat(errors()).containsExactly(
          Violation.of(ViolationCode.REQUIRED, "languageTraining[0].institution", "Tên cơ sở đào tạo"));
    }

    @Test
    void reportsDuplicateAndFutureYearsInAnnualRecords() {
      row("annualRecords", 1).put("year", 2023);
      row("annualRecords", 2).put("year", 2027);

      assertThat(errorKeys()).containsExactly(
          tuple("annualRecords[1].year", "duplicateYear"), tuple("annualRecords[2].year", "yearInFuture"));
    }

    @Test
    void reportsYearBeforeRecruitmentWhenRatedBeforeFirstRecruitment() {
      row("annualRecords", 0).put("year", 2007).remove("qualityRating");

      assertThat(errorKeys()).containsExactly(tuple("annualRecords[0].year", "yearBeforeRecruitment"));
    }

    @Test
    void reportsCodeNotInForceWhenRatingIsOlderThanTheCatalogRow() {
      row("annualRecords", 0).put("year", 2015)
          .put("qualityRating", "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.CODE_NOT_IN_FORCE,
          "annualRecords[0].qualityRating", "Xếp loại chuyên môn",
          "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", "31/12/2015"));
    }

    @Test
    void reportsFutureBirthYearOfFamilyMember() {
      row("familyMembers", 3).put("birthYear", 2027);

      assertThat(errorKeys()).containsExactly(tuple("familyMembers[3].birthYear", "yearInFuture"));
    }

    @Test
    void reportsSpouseSideWithoutSpouseWhenNoHusbandIsDeclared() {
      ((ArrayNode) dossier.get("familyMembers")).remove(2);

      assertThat(errorKeys()).containsExactly(
          tuple("familyMembers[3].side", "spouseSideWithoutSpouse"),
          tuple("familyMembers[4].side", "spouseSideWithoutSpouse"));
    }

    @Test
    void reportsRelationshipNotForSideWhenSpouseSideHasAChild() {
      row("familyMembers", 5).put("relationship", "Con");

      assertThat(errorKeys()).containsExactly(tuple("familyMembers[5].relationship", "relationshipNotForSide"));
    }

    @Test
    void reportsFormNotInForceWhenSalaryDemotionDecidedAfterJune2025() {
      addDiscipline("09/2025", "Hành chính", "Hạ bậc lương (công chức không giữ chức vụ lãnh đạo, quản lý)");

      assertThat(errors()).containsExactly(Violation.of(ViolationCode.CODE_NOT_IN_FORCE, "disciplineRecords[0].form",
          "Hình thức", "Hạ bậc lương (công chức không giữ chức vụ lãnh đạo, quản lý)", "01/09/2025"));
    }

    @Test
    void reportsUnknownDisciplineFormWhenNotAnAdministrativeFormOfTheCategory() {
      addDiscipline("09/2025", "Hành chính", "Phạt tiền");

      assertThat(errorKeys()).containsExactly(tuple("disciplineRecords[0].form", "disciplineFormUnknown"));
    }

    @Test
    void acceptsPartyDisciplineAsFreeText() {
      addDiscipline("09/2025", "Đảng", "Khiển trách");

      assertThat(validate()).extracting(Violation::path, Violation::code, Violation::severity).containsExactly(
          tuple("annualRecords[2].qualityRating", "ratingInconsistentWithDiscipline", Severity.WARNING));
    }

    private void addDiscipline(String fromMonth, String kind, String form) {
      dossier.putArray("disciplineRecords").addObject()
          .put("fromMonth", fromMonth)
          .put("disciplineKind", kind)
          .put("form", form)
          .put("mainViolation", "Chậm thẩm định hồ sơ, gây hậu quả")
          .put("decidingAuthority", "Giám đốc Sở Nội vụ tỉnh Thanh Hóa");
    }
  }

  @Nested
  class Warnings {

    @Test
    void warnsWithoutErrorWhenRecruitedAtSeventeen() {
      dossier.put("firstRecruitmentDate", "2002-09-01");

      assertThat(validate()).containsExactly(
          Violation.of(ViolationCode.RECRUITED_UNDER_18, "firstRecruitmentDate", "Ngày được tuyển dụng lần đầu", "17"));
      assertThat(validate().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void warnsWhenJoinedCurrentAgencyBeforeFirstRecruitment() {
      dossier.put("currentAgencyJoinDate", "2008-08-01");

      assertThat(validate()).extracting(Violation::path, Violation::code, Violation::severity).containsExactly(
          tuple("currentAgencyJoinDate", "joinedBeforeFirstRecruitment", Severity.WARNING));
    }

    @Test
    void warnsWhenWorkPeriodsOverlap() {
      row("workHistory", 1).put("fromMonth", "06/2020");

      assertThat(validate()).extracting(Violation::path, Violation::code, Violation::severity).containsExactly(
          tuple("workHistory[1].fromMonth", "workPeriodsOverlap", Severity.WARNING));
    }

    @Test
    void acceptsWorkRowsWhenTheyShareTheBoundaryMonth() {
      row("workHistory", 1).put("fromMonth", "09/2020");

      assertThat(validate()).isEmpty();
    }

    @Test
    void warnsWhenWorkStartsBeforeAgeFifteen() {
      ((ArrayNode) dossier.get("workHistory")).insertObject(0)
          .put("fromMonth", "09/1999").put("toMonth", "06/2000")
          .put("unit", "Hợp tác xã nông nghiệp Hoằng Lộc").put("titleOrPosition", "Xã viên");

      assertThat(validate()).extracting(Violation::path, Violation::code, Violation::severity).containsExactly(
          tuple("workHistory[0].fromMonth", "workBeforeAge15", Severity.WARNING));
    }
  }

  // ----------------------------------------------------------------------------------------------------------------

  private List<Violation> validate() {
    return validator.validate(dossier, buiThiThuyContext());
  }

  private List<Violation> errors() {
    return errorsOf(validate());
  }

  private List<Tuple> errorKeys() {
    return errorKeysOf(validate());
  }

  private static List<Violation> errorsOf(List<Violation> violations) {
    return violations.stream().filter(Violation::isError).toList();
  }

  private static List<Tuple> errorKeysOf(List<Violation> violations) {
    return errorsOf(violations).stream().map(v -> tuple(v.path(), v.code())).toList();
  }

  private ObjectNode row(String table, int index) {
    return (ObjectNode) dossier.get(table).get(index);
  }
}
