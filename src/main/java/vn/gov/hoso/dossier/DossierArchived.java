package vn.gov.hoso.dossier;

/**
 * A dossier moved to the permanent archive (final exit or transfer out of the province), published in the
 * transaction that archived it: the workflow ends the dossier's other running processes (declaration, change,
 * signing), whose tasks could no longer be completed.
 */
public record DossierArchived(String dossierId, String unitId, String status) {}
