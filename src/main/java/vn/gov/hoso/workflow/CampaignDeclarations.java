package vn.gov.hoso.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.campaign.CampaignBatch;
import vn.gov.hoso.campaign.CampaignMember;
import vn.gov.hoso.campaign.CampaignService;

/**
 * Starts the declarations of one batch of a campaign in the caller's transaction (the batch's job): one query finds
 * the members that already have a {@code dossier-declaration} or {@code dossier-change} running (they keep it), every
 * other member gets a {@code dossier-declaration} (business key the dossier id) due at 24:00 of the campaign's
 * deadline, and the outcome is recorded with two statements. A failure rolls the whole batch back; the job's retry
 * starts it again, so nobody gets two declarations.
 */
@Component
public class CampaignDeclarations {

  private final CampaignService campaigns;
  private final RuntimeService runtime;
  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingCalendar calendar;

  CampaignDeclarations(CampaignService campaigns, RuntimeService runtime, NamedParameterJdbcTemplate jdbc,
      WorkingCalendar calendar) {
    this.campaigns = campaigns;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** @return the number of declarations started */
  public int startBatch(String campaignId, int index) {
    CampaignBatch batch = campaigns.batch(campaignId, index);
    List<CampaignMember> members = batch.members();
    Set<String> running = members.isEmpty() ? Set.of() : running(members.stream().map(CampaignMember::dossierId)
        .toList());
    Date due = Date.from(calendar.endOfDay(batch.deadline()));
    int started = 0;
    for (CampaignMember member : members) {
      if (running.contains(member.dossierId())) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(ProcessVariables.DOSSIER_ID, member.dossierId());
      variables.put(ProcessVariables.UNIT_ID, member.unitId());
      variables.put(ProcessVariables.DECLARATION_DUE_DATE, due);
      variables.put(ProcessVariables.CAMPAIGN_ID, campaignId);
      runtime.startProcessInstanceByKey(ProcessKeys.DOSSIER_DECLARATION, member.dossierId(), variables);
      started++;
    }
    campaigns.recordBatch(campaignId, index, running);
    return started;
  }

  /** Business keys among {@code dossierIds} with a running declaration or change (one query, engine tables). */
  private Set<String> running(List<String> dossierIds) {
    return new TreeSet<>(jdbc.queryForList("select distinct e.business_key_ from act_ru_execution e "
        + "join act_re_procdef p on p.id_ = e.proc_def_id_ where e.id_ = e.proc_inst_id_ "
        + "and e.business_key_ in (:ids) and p.key_ in (:keys)",
        Map.of("ids", dossierIds, "keys", List.of(ProcessKeys.DOSSIER_DECLARATION, ProcessKeys.DOSSIER_CHANGE)),
        String.class));
  }
}
