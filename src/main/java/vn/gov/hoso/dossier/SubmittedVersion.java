package vn.gov.hoso.dossier;

import org.jspecify.annotations.Nullable;

/** Result of a successful submission: the new version number and the one before it (null for the first). */
public record SubmittedVersion(String dossierId, int number, @Nullable Integer previousNumber) {}
