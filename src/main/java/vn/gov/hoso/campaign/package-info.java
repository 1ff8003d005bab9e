/**
 * Campaign module: declaration campaigns of the Sở Nội vụ (everyone in a unit subtree declares by a deadline), their
 * members and the per-unit dashboard. Module API: this package. The declarations themselves are started by the
 * {@code workflow} module ({@code declaration-campaign}) on {@link vn.gov.hoso.campaign.CampaignLaunched}.
 */
@NullMarked
package vn.gov.hoso.campaign;

import org.jspecify.annotations.NullMarked;
