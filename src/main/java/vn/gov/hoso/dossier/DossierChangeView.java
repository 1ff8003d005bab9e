package vn.gov.hoso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change of a locked dossier.
 *
 * @param baseVersion the locked version the change starts from
 * @param versionNumber the version that confirmed it, once approved
 */
public record DossierChangeView(String id, String dossierId, ChangeType type, LocalDate eventDate, String description,
    ChangeStatus status, @Nullable Integer baseVersion, @Nullable Integer versionNumber, String declaredBy,
    Instant declaredAt, @Nullable Instant closedAt) {}
