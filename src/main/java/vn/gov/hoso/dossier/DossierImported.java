package vn.gov.hoso.dossier;

/**
 * A dossier was created from the national record, as version {@code versionNumber} waiting for the receiving unit's
 * verification (status Chờ xác nhận). Published in the creating transaction.
 */
public record DossierImported(String dossierId, String unitId, int versionNumber) {}
