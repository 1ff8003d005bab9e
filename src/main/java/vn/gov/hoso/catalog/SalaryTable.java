package vn.gov.hoso.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The salary tables of Nghị định 204/2004/NĐ-CP that {@code salary-scales.csv} lists, by the value of its
 * {@code table} column. Group names repeat between tables (A1 is in Bảng 2 and Bảng 3) and a few differ in their
 * coefficients (C2), so a salary step is only unambiguous together with its table.
 */
public enum SalaryTable {
  /** Bảng 1: chuyên gia cao cấp. */
  SENIOR_EXPERTS("Bảng 1"),
  /** Bảng 2: công chức (chuyên môn, nghiệp vụ) – the table civil-servant ranks (ngạch) are paid on. */
  CIVIL_SERVANTS("Bảng 2"),
  /** Bảng 3: viên chức (đơn vị sự nghiệp) – the table professional titles are paid on. */
  PUBLIC_EMPLOYEES("Bảng 3");

  private final String csvValue;

  SalaryTable(String csvValue) {
    this.csvValue = csvValue;
  }

  /** The table as {@code salary-scales.csv} writes it in its {@code table} column, e.g. "Bảng 2". */
  public String csvValue() {
    return csvValue;
  }

  /** The table written this way in the CSV (surrounding spaces ignored). */
  public static Optional<SalaryTable> fromCsvValue(String value) {
    String wanted = value.strip();
    return Arrays.stream(values()).filter(table -> table.csvValue.equals(wanted)).findFirst();
  }
}
