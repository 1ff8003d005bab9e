package vn.gov.hoso.dossier;

/**
 * Published (inside the unlocking transaction) when an authorised officer unlocks a confirmed dossier; the workflow
 * cancels a running signing of the dossier and starts a new declaration.
 */
public record DossierUnlocked(String dossierId, String unitId, String actor, String reason) {}
