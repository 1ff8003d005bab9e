package vn.gov.hoso.dossier.schema;

/** Whether a field must be filled before the dossier can be submitted (see dossier-fields.md, column "Req."). */
public enum Requirement {
  /** Must be filled before submit. */
  MANDATORY,
  /** Required under a condition checked by the validator (e.g. only for công chức and viên chức). */
  CONDITIONAL,
  OPTIONAL
}
