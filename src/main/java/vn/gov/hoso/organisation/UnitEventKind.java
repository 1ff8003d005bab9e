package vn.gov.hoso.organisation;

/** What happened to a unit on its effective date (append-only log {@code org_unit_event}). */
public enum UnitEventKind {
  CREATED,
  RENAMED,
  MOVED,
  MERGED_INTO,
  SPLIT_INTO,
  DISSOLVED
}
