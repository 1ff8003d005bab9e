package vn.gov.hoso.campaign;

/** Published in the launching transaction; the workflow module starts {@code declaration-campaign}. */
public record CampaignLaunched(String campaignId) {}
