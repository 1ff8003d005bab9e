package vn.gov.hoso.dossier;

/**
 * A change just opened: the dossier is editable by its owner until the change is approved.
 *
 * @param baseVersion the locked version the change starts from
 */
public record OpenedChange(String changeId, String dossierId, String unitId, int baseVersion) {}
