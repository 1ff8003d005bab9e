package vn.gov.hoso.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the update history: who, when, action, resulting status, note. */
public record HistoryEntry(
    Instant at,
    String actor,
    HistoryAction action,
    DossierStatus status,
    @Nullable Integer versionNumber,
    @Nullable String note) {}
