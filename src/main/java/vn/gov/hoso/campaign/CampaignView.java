package vn.gov.hoso.campaign;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A campaign and its start progress.
 *
 * @param members people whose dossier is kept in the subtree (active employment), known once selected
 * @param total members who need a declaration (not locked); {@code started} reaches it when starting is done
 * @param started members of {@code total} whose declaration runs: started by the campaign or already running
 * @param newlyStarted declarations the campaign started
 * @param alreadyRunning members who had a declaration or change running (not duplicated)
 * @param locked members whose dossier is confirmed and locked (no declaration needed)
 */
public record CampaignView(String id, String name, String unitId, String unitName, LocalDate deadline,
    CampaignStatus status, int members, int total, int started, int newlyStarted, int alreadyRunning, int locked,
    String createdBy, Instant createdAt, @Nullable Instant startedAt) {}
