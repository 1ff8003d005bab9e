package vn.gov.hoso.dossier;

/** How a value differs between two versions of a dossier. */
public enum ChangeKind {
  /** Empty before, filled after (or a table row appended). */
  ADDED,
  /** Filled before, empty after (or a table row dropped). */
  REMOVED,
  /** Filled in both versions with different values. */
  CHANGED
}
