package vn.gov.hoso.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to the code lists. All lookups are in memory; the catalogs are loaded once at startup. */
public interface CatalogService {

  /** All rows of a catalog in file order. */
  List<CatalogEntry> entries(Catalog catalog);

  /** The row with this code (exact match after trimming), whatever its validity dates. */
  Optional<CatalogEntry> find(Catalog catalog, String code);

  /** Whether a row with this code exists and is in force on the given day. */
  boolean isValid(Catalog catalog, String code, LocalDate asOf);

  /**
   * A rank or professional title by code; codes are normalised before matching ({@code V07.04.32} and
   * {@code V.07.04.32} are the same title, surrounding spaces ignored).
   */
  Optional<RankOrTitle> rankOrTitle(String code);

  /** A step of a salary group, e.g. ("A1", 3). */
  Optional<SalaryStep> salaryStep(String salaryGroup, int step);

  /** Whether the 3-digit code is a CCCD province code (place of birth registration). */
  boolean isCccdProvinceCode(String code);

  /**
   * The gender ("Nam" or "Nữ") and first and last birth year for the 4th digit of a CCCD, from
   * {@code cccd-gender-century.csv}.
   */
  Optional<CccdGenderCentury> cccdGenderCentury(int digit);

  /** Ethnic group codes that can be chosen for staff (is_ethnic_group = true). */
  boolean isSelectableEthnicGroup(String code);
}
