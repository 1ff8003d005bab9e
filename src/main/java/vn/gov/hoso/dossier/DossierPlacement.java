package vn.gov.hoso.dossier;

import org.jspecify.annotations.Nullable;

/** Where a dossier is kept: the person (dossier id = CCCD), the employing unit and the personnel category. */
public record DossierPlacement(String dossierId, String unitId, @Nullable String personnelCategory) {}
