package vn.gov.hoso.dossier;

import java.time.Instant;

/**
 * A named search of one user.
 *
 * @param query the query string of {@code GET /api/dossiers} (e.g. {@code q=Nguyen%20Thi&unitId=STC}), without page
 */
public record SavedSearch(String id, String name, String query, Instant createdAt) {}
