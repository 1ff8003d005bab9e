package vn.gov.hoso.organisation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stored restructuring; {@code status} is {@code DECIDED} until applied on its effective date, then {@code APPLIED}. */
public record RestructuringView(String id, RestructuringOperation operation, List<String> unitIds,
    @Nullable String targetUnitId, @Nullable String newParentId, @Nullable String newName, LocalDate effectiveDate,
    String decisionNumber, String status) {}
