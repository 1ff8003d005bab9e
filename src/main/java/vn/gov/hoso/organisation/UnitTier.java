package vn.gov.hoso.organisation;

/** The three tiers of responsibility: base unit → department or commune → province (Sở Nội vụ). */
public enum UnitTier {
  BASE,
  DEPARTMENT,
  PROVINCE
}
