package vn.gov.hoso.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to the code lists. All lookups are in memory; the catalogs are loaded once at startup. */
public interface CatalogService {

  /** All rows of a catalog in file order. */
  List<CatalogEntry> entries(Catalog catalog);

  /**
   * The row with this code (exact match after trimming), whatever its validity dates. Where several rows share a code
   * (discipline forms repeat per {@code applies_to}, quality ratings per legal period) this is the first in file
   * order; use {@link #findAll} to see them all.
   */
  Optional<CatalogEntry> find(Catalog catalog, String code);

  /**
   * All rows with this code (exact match after trimming) in file order, whatever their validity dates; empty when
   * the code is unknown. Callers that care about a row attribute, e.g. a discipline form for {@code công chức},
   * filter on {@link CatalogEntry#attribute(String)}.
   */
  List<CatalogEntry> findAll(Catalog catalog, String code);

  /** Whether a row with this code exists and is in force on the given day (any of them, if several share it). */
  boolean isValid(Catalog catalog, String code, LocalDate asOf);

  /**
   * A rank or professional title by code; codes are normalised before matching ({@code V07.04.32} and
   * {@code V.07.04.32} are the same title, surrounding spaces and letter case ignored). The result carries the code as
   * the CSV writes it. {@link RankOrTitle#salaryGroup()} is empty ("") where the CSV does not state a group.
   */
  Optional<RankOrTitle> rankOrTitle(String code);

  /**
   * A step of a salary group, e.g. ("A1", 3), where the group means the same in every table that lists it (A0…A3.2, B,
   * C1 are equal in Bảng 2 and Bảng 3). Empty for an unknown group or step, and for a group whose steps differ between
   * tables (C2): use {@link #salaryStep(SalaryTable, String, int)} for those.
   */
  Optional<SalaryStep> salaryStep(String salaryGroup, int step);

  /** A step of a salary group in the given table, e.g. (PUBLIC_EMPLOYEES, "C2", 1). Empty when unknown. */
  Optional<SalaryStep> salaryStep(SalaryTable table, String salaryGroup, int step);

  /**
   * All steps of a salary group ordered by step, under the same rule as {@link #salaryStep(String, int)}: empty for
   * an unknown group and for a group whose steps differ between tables.
   */
  List<SalaryStep> salarySteps(String salaryGroup);

  /** All steps of a salary group in the given table, ordered by step; empty when the table has no such group. */
  List<SalaryStep> salarySteps(SalaryTable table, String salaryGroup);

  /**
   * The {@link Catalog#BASE_SALARY} row in force on the given day (the latest whose {@code effective_from} is not
   * after it); empty before the first row. The row's {@code name} is the amount in VND per month, its {@code code}
   * the ISO date it took effect, and its {@code validTo} the day before the next row takes effect (none for the
   * latest).
   */
  Optional<CatalogEntry> baseSalaryOn(LocalDate day);

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
