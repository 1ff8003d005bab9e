package vn.gov.hoso.organisation;

/** Published when a person of a closed unit needs a new unit; the workflow starts {@code staff-rehoming}. */
public record RehomingRequested(String rehomingId, String username, String proposedUnitId) {}
