package vn.gov.hoso.campaign;

import java.time.LocalDate;
import java.util.List;

/** The members of one start batch still waiting for their declaration, with the campaign's deadline. */
public record CampaignBatch(String campaignId, LocalDate deadline, List<CampaignMember> members) {

  public CampaignBatch {
    members = List.copyOf(members);
  }
}
