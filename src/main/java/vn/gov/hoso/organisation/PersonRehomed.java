package vn.gov.hoso.organisation;

/** Published when a person's new unit is approved: their account has moved; the dossier module follows. */
public record PersonRehomed(String username, String fromUnitId, String toUnitId, String actor) {}
