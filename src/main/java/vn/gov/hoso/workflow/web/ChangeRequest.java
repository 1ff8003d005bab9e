package vn.gov.hoso.workflow.web;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/me/changes}: the same values as the start form {@code declare-change}.
 *
 * @param changeType appointment, salary-raise, training, reward-discipline, family or other
 * @param eventDate the day the event happened, {@code YYYY-MM-DD}
 * @param description what changed (e.g. number and date of the decision)
 */
record ChangeRequest(@Nullable String changeType, @Nullable String eventDate, @Nullable String description) {}
