package vn.gov.hoso.campaign;

/** A person of a campaign whose declaration is to be started: the dossier and the unit that keeps it. */
public record CampaignMember(String dossierId, String unitId) {}
