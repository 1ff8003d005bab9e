package vn.gov.hoso.organisation;

/** Kinds of transfer a {@link TransferService} decides. */
public enum TransferKind {
  /** Between departments (sub-units) of one unit: process {@code transfer-internal}. */
  INTERNAL,
  /** Between units of the province, on a decision with its scan: process {@code transfer-between-units}. */
  BETWEEN_UNITS
}
