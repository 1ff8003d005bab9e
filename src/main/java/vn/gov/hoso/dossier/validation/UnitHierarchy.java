package vn.gov.hoso.dossier.validation;

/**
 * The organisation tree as the validator needs it (H1/H2 checks). Implemented by the organisation module; tests use a
 * small fake. It has two methods, so it is a plain interface rather than a functional one.
 */
public interface UnitHierarchy {

  /** Whether {@code ancestorUnitId} is {@code unitId} itself or one of its ancestors. */
  boolean isSameOrAncestor(String ancestorUnitId, String unitId);

  /** Whether a unit with this id exists. */
  boolean exists(String unitId);
}
