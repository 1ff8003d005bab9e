package vn.gov.hoso.accounts;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recruitment as the API and the confirmation form show it (the document itself is fetched separately). */
public record RecruitmentView(String id, String citizenId, String fullName, String gender, LocalDate dateOfBirth,
    String unitId, String personnelCategory, String decisionNumber, LocalDate decisionDate, LocalDate startDate,
    String documentName, RecruitmentStatus status, @Nullable String note, String receivedBy, Instant receivedAt) {}
