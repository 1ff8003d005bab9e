package vn.gov.hoso.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A person whose record and work place disagree. In {@code recordedNotWorking}: {@code otherUnitId} is the unit of
 * their account (null: no account any more, employment ended). In {@code workingNotRecorded}: the unit their dossier
 * is kept in (null: no dossier at all).
 */
public record PersonMismatch(String username, @Nullable String otherUnitId) {}
