package vn.gov.hoso.campaign.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of {@code campaign}. {@code memberCount} is null until the members are selected. */
public record CampaignRow(String id, String name, String unitId, String unitPath, LocalDate deadline, String status,
    int batchSize, String createdBy, Instant createdAt, @Nullable Integer memberCount, @Nullable Instant startedAt) {}
