package vn.gov.hoso.dossier;

/** Where a change of a locked dossier stands. */
public enum ChangeStatus {
  /** Declared; the employee edits, the focal officer verifies. At most one per dossier. */
  OPEN,
  /** Approved: its version is confirmed and locked. */
  APPROVED,
  /** Closed without a version (the dossier was unlocked by an authorised officer). */
  CANCELLED
}
