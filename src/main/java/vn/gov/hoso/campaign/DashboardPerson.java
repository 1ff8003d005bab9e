package vn.gov.hoso.campaign;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One person of the drill-down: name, unit, where the dossier stands, whether their task is overdue. */
public record DashboardPerson(String dossierId, @Nullable String fullName, String unitId, String unitName,
    DashboardState state, boolean overdue, Instant updatedAt) {}
