package vn.gov.hoso.dossier;

/** Published (inside the opening transaction) when a dossier is opened; the workflow starts the declaration. */
public record DossierOpened(String dossierId, String unitId) {}
