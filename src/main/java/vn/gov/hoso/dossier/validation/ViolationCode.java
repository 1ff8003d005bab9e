package vn.gov.hoso.dossier.validation;

/**
 * Every code {@link DossierValidator} can emit, with its severity and message key. Each key exists in
 * {@code i18n/messages_vi.properties} and {@code i18n/messages_en.properties} (checked by {@code MessageBundlesTest}).
 *
 * <p>Arguments are listed per constant; {@code {0}} is always the label of the field at the violation's path.
 */
public enum ViolationCode {
  // --- document and structure
  /** The content is not a JSON object. Args: label ("Hồ sơ"). */
  INVALID_DOCUMENT("invalidDocument", Severity.ERROR),
  /** A key the schema does not know (top level, object member or table column). Args: the key. */
  UNKNOWN_FIELD("unknownField", Severity.ERROR),
  /** Mandatory (or conditionally required) value missing or blank. Args: label. */
  REQUIRED("required", Severity.ERROR),
  /** A table's value is not an array. Args: label. */
  INVALID_TABLE("invalidTable", Severity.ERROR),
  /** A table row is not an object. Args: table label, row number. */
  INVALID_ROW("invalidRow", Severity.ERROR),
  /** Fewer rows than the table needs. Args: label, minimum. */
  TOO_FEW_ROWS("tooFewRows", Severity.ERROR),

  // --- value format per field type
  /** Not a JSON string. Args: label. */
  INVALID_TEXT("invalidText", Severity.ERROR),
  /** Longer than allowed. Args: label, maximum number of characters. */
  TOO_LONG("tooLong", Severity.ERROR),
  /** Not an ISO date yyyy-MM-dd. Args: label, value. */
  INVALID_DATE("invalidDate", Severity.ERROR),
  /** Not MM/yyyy with month 01–12. Args: label, value. */
  INVALID_MONTH_YEAR("invalidMonthYear", Severity.ERROR),
  /** Not a 4-digit integer year. Args: label, value. */
  INVALID_YEAR("invalidYear", Severity.ERROR),
  /** Not a whole number. Args: label, value. */
  INVALID_INTEGER("invalidInteger", Severity.ERROR),
  /** Not a number. Args: label, value. */
  INVALID_NUMBER("invalidNumber", Severity.ERROR),
  /** Not true/false. Args: label. */
  INVALID_BOOLEAN("invalidBoolean", Severity.ERROR),
  /** Not an array of strings. Args: label. */
  INVALID_LIST("invalidList", Severity.ERROR),
  /** Not a JSON object. Args: label. */
  INVALID_OBJECT("invalidObject", Severity.ERROR),
  /** Not one of the allowed values. Args: label, value. */
  INVALID_ENUM_VALUE("invalidEnumValue", Severity.ERROR),
  /** Not a code of the catalog. Args: label, value. */
  UNKNOWN_CODE("unknownCode", Severity.ERROR),
  /** A code of the catalog that is not in force on the relevant day. Args: label, value, day (dd/MM/yyyy). */
  CODE_NOT_IN_FORCE("codeNotInForce", Severity.ERROR),
  /** A catalog code that exists but may not be chosen (ethnicity 55/56). Args: label, value. */
  CODE_NOT_SELECTABLE("codeNotSelectable", Severity.ERROR),
  /** Outside an inclusive range. Args: label, minimum, maximum. */
  OUT_OF_RANGE("outOfRange", Severity.ERROR),
  /** Must be greater than zero (salary steps start at 1). Args: label. */
  MUST_BE_POSITIVE("mustBePositive", Severity.ERROR),
  /** Must not be negative (amounts, coefficients, areas). Args: label. */
  MUST_NOT_BE_NEGATIVE("mustNotBeNegative", Severity.ERROR),
  /** Name with characters other than letters, spaces, hyphens, apostrophes, or shorter than 2. Args: label. */
  INVALID_NAME("invalidName", Severity.ERROR),
  /** Commune code that is not 5 digits. Args: label. */
  INVALID_COMMUNE_CODE("invalidCommuneCode", Severity.ERROR),
  /** Phone that is not 10 digits starting with 0 after removing spaces and dots. Args: label. */
  INVALID_PHONE("invalidPhone", Severity.ERROR),

  // --- identity (§12)
  /** CCCD that is not 12 digits. Args: label. */
  CITIZEN_ID_FORMAT("citizenIdFormat", Severity.ERROR),
  /** Digits 1–3 are not a CCCD province code. Args: label, the 3 digits. */
  CITIZEN_ID_UNKNOWN_PROVINCE("citizenIdUnknownProvince", Severity.ERROR),
  /** Digit 4 says another gender. Args: label, digit, gender declared. */
  CITIZEN_ID_GENDER_MISMATCH("citizenIdGenderMismatch", Severity.ERROR),
  /** Digit 4 says another century of birth. Args: label, digit, birth year. */
  CITIZEN_ID_CENTURY_MISMATCH("citizenIdCenturyMismatch", Severity.ERROR),
  /** Digits 5–6 are not the last two digits of the birth year. Args: label, the 2 digits, birth year. */
  CITIZEN_ID_BIRTH_YEAR_MISMATCH("citizenIdBirthYearMismatch", Severity.ERROR),
  /** The CCCD is not the number the dossier belongs to. Args: label, the dossier's number. */
  CITIZEN_ID_NOT_DOSSIER_ID("citizenIdNotDossierId", Severity.ERROR),
  /** The identification number differs from the dossier's number. Args: label, the dossier's number. */
  DOSSIER_ID_MISMATCH("dossierIdMismatch", Severity.ERROR),

  // --- organisation (H1, H2)
  /** No such organisation unit. Args: label, value. */
  UNKNOWN_UNIT("unknownUnit", Severity.ERROR),
  /** The managing agency is neither the employing unit nor one of its ancestors. Args: label, employing unit label. */
  UNIT_NOT_ANCESTOR("unitNotAncestor", Severity.ERROR),

  // --- dates and cross-field rules
  /** A day after today. Args: label. */
  DATE_IN_FUTURE("dateInFuture", Severity.ERROR),
  /** A year after the current year. Args: label, current year. */
  YEAR_IN_FUTURE("yearInFuture", Severity.ERROR),
  /** Must be strictly after another date. Args: label, other label. */
  MUST_BE_AFTER("mustBeAfter", Severity.ERROR),
  /** Must not be before another date. Args: label, other label. */
  MUST_NOT_BE_BEFORE("mustNotBeBefore", Severity.ERROR),
  /** Filled although the field it depends on is empty. Args: label, label of the field it depends on. */
  NOT_ALLOWED_WITHOUT("notAllowedWithout", Severity.ERROR),
  /** Grade completed above the length of the school system. Args: label, system. */
  GRADE_EXCEEDS_SYSTEM("gradeExceedsSystem", Severity.ERROR),
  /** Salary step above the number of steps of the rank's group. Args: label, group, number of steps. */
  SALARY_STEP_EXCEEDS_GROUP("salaryStepExceedsGroup", Severity.ERROR),
  /** Coefficient differs from the scale. Args: label, coefficient of the scale, group, step. */
  COEFFICIENT_MISMATCH("coefficientMismatch", Severity.ERROR),
  /** Beyond-scale seniority allowance while not at the last step. Args: label, number of steps of the group. */
  SENIORITY_ALLOWANCE_NOT_AT_LAST_STEP("seniorityAllowanceNotAtLastStep", Severity.ERROR),
  /** Beyond-scale seniority allowance below 5 %. Args: label, minimum (5). */
  SENIORITY_ALLOWANCE_TOO_LOW("seniorityAllowanceTooLow", Severity.ERROR),
  /** The declarant's commitment is not given. Args: label. */
  COMMITMENT_NOT_ACCEPTED("commitmentNotAccepted", Severity.ERROR),

  // --- repeating tables
  /** "To" month before "from" month. Args: label of toMonth, label of fromMonth. */
  TO_BEFORE_FROM("toBeforeFrom", Severity.ERROR),
  /** More than one row without an end month. Args: label of toMonth, table label. */
  MULTIPLE_OPEN_ROWS("multipleOpenRows", Severity.ERROR),
  /** Salary periods overlap. Args: label of fromMonth, number of the other row. */
  SALARY_PERIODS_OVERLAP("salaryPeriodsOverlap", Severity.ERROR),
  /** The current salary row differs from the current values of 30.1. Args: column label, label of the field. */
  SALARY_OPEN_ROW_DIFFERS("salaryOpenRowDiffers", Severity.ERROR),
  /** None of percent, coefficient, amount given. Args: label of percent, label of coefficient, label of amount. */
  ONE_OF_REQUIRED("oneOfRequired", Severity.ERROR),
  /** A year that appears in an earlier row. Args: label, year. */
  DUPLICATE_YEAR("duplicateYear", Severity.ERROR),
  /** A year before the year of first recruitment. Args: label, year of first recruitment. */
  YEAR_BEFORE_RECRUITMENT("yearBeforeRecruitment", Severity.ERROR),
  /** Rows about the spouse's family without a Vợ/Chồng row. Args: label. */
  SPOUSE_SIDE_WITHOUT_SPOUSE("spouseSideWithoutSpouse", Severity.ERROR),
  /** A relationship that does not belong to the row's side. Args: label, value, side. */
  RELATIONSHIP_NOT_FOR_SIDE("relationshipNotForSide", Severity.ERROR),
  /** Administrative discipline form not in the catalog for the personnel category. Args: label, value, category. */
  DISCIPLINE_FORM_UNKNOWN("disciplineFormUnknown", Severity.ERROR),

  // --- warnings
  /** Younger than 18 on the first recruitment date. Args: label, age. */
  RECRUITED_UNDER_18("recruitedUnder18", Severity.WARNING),
  /** Joined the current agency before first recruitment. Args: label, label of the first recruitment date. */
  JOINED_BEFORE_FIRST_RECRUITMENT("joinedBeforeFirstRecruitment", Severity.WARNING),
  /** Work periods overlap (concurrent posts exist, so only a warning). Args: label of fromMonth, other row number. */
  WORK_PERIODS_OVERLAP("workPeriodsOverlap", Severity.WARNING),
  /** Work period starting before the age of 15. Args: label. */
  WORK_BEFORE_AGE_15("workBeforeAge15", Severity.WARNING),
  /** A year rated above "Không hoàn thành nhiệm vụ" although discipline started that year. Args: label, year. */
  RATING_INCONSISTENT_WITH_DISCIPLINE("ratingInconsistentWithDiscipline", Severity.WARNING);

  private final String code;
  private final Severity severity;

  ViolationCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The stable code carried by {@link Violation#code()}. */
  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** The key of the message in the i18n bundles. */
  public String messageKey() {
    return "validation." + code;
  }
}
