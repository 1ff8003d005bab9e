package vn.gov.hoso.catalog;

/** The code lists shipped with the system, each loaded from a CSV file of the same name under {@code catalogs/}. */
public enum Catalog {
  ETHNIC_GROUP("ethnic-groups"),
  RELIGION("religions"),
  PROVINCE_2025("provinces-2025"),
  CCCD_PROVINCE("cccd-province-codes"),
  CIVIL_SERVANT_RANK("civil-servant-ranks"),
  PROFESSIONAL_TITLE("professional-titles"),
  DISCIPLINE_FORM("discipline-forms"),
  QUALITY_RATING("quality-ratings"),
  BASE_SALARY("base-salary-history");

  private final String fileStem;

  Catalog(String fileStem) {
    this.fileStem = fileStem;
  }

  public String fileStem() {
    return fileStem;
  }
}
