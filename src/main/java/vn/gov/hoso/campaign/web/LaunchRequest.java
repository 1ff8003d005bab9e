package vn.gov.hoso.campaign.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /api/campaigns}. */
record LaunchRequest(@Nullable @NotBlank @Size(max = 300) String name, @Nullable @NotBlank String unitId,
    @Nullable @NotNull LocalDate deadline) {}
