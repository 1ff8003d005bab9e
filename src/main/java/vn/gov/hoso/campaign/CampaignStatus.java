package vn.gov.hoso.campaign;

/** Lifecycle of a campaign. */
public enum CampaignStatus {
  /** Members are being selected and their declarations started, batch by batch. */
  STARTING,
  /** Every member needing a declaration has one; people are declaring. */
  RUNNING,
  /** The deadline has passed (the dashboard stays readable). */
  CLOSED
}
