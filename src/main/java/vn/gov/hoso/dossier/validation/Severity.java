package vn.gov.hoso.dossier.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** Blocks submission. */
  ERROR,
  /** Shown to the user and the reviewer; never blocks. */
  WARNING
}
