package vn.gov.hoso.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.gov.hoso.campaign.CampaignMember;
import vn.gov.hoso.campaign.MemberState;

/**
 * Tables {@code campaign} and {@code campaign_member}. Members are selected with one {@code insert … select} over the
 * indexed unit path of the dossiers, numbered ({@code seq}, the members to start first) so a start batch is a range;
 * outcomes are recorded per batch with two statements. Nothing here is per person.
 */
@Repository
public class CampaignStore {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  CampaignStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  public void insert(CampaignRow row) {
    jdbc.update("insert into campaign (id, name, unit_id, unit_path, deadline, status, batch_size, created_by, "
        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.id(), row.name(), row.unitId(), row.unitPath(),
        row.deadline(), row.status(), row.batchSize(), row.createdBy(), Timestamp.from(row.createdAt()));
  }

  public Optional<CampaignRow> find(String id) {
    return jdbc.query(SELECT + " where id = ?", CampaignStore::row, id).stream().findFirst();
  }

  /** Every campaign, the newest first. */
  public List<CampaignRow> all() {
    return jdbc.query(SELECT + " order by created_at desc, id", CampaignStore::row);
  }

  /**
   * Makes every active person whose dossier is kept in the campaign's subtree a member: locked dossiers as
   * {@code LOCKED}, the others {@code PENDING}, numbered from 0 with the pending ones first. Selecting twice adds
   * nobody.
   *
   * @return the number of pending members
   */
  public int selectMembers(String campaignId, String unitPath) {
    jdbc.update("insert into campaign_member (campaign_id, seq, dossier_id, unit_id, state) "
        + "select ?, row_number() over (order by d.locked, d.id) - 1, d.id, d.employing_unit_id, "
        + "case when d.locked then 'LOCKED' else 'PENDING' end "
        + "from dossier d where d.unit_path like ? and d.employment_status = 'ACTIVE' and d.archived_at is null "
        + "and not exists (select 1 from campaign_member x where x.campaign_id = ?)",
        campaignId, unitPath + "%", campaignId);
    Map<MemberState, Integer> counts = counts(campaignId);
    int members = counts.values().stream().mapToInt(Integer::intValue).sum();
    jdbc.update("update campaign set member_count = ? where id = ?", members, campaignId);
    return counts.get(MemberState.PENDING) + counts.get(MemberState.STARTED)
        + counts.get(MemberState.ALREADY_RUNNING);
  }

  /** Pending members with {@code from ≤ seq < to}. */
  public List<CampaignMember> pending(String campaignId, int from, int to) {
    return jdbc.query("select dossier_id, unit_id from campaign_member where campaign_id = ? and seq >= ? "
        + "and seq < ? and state = 'PENDING' order by seq",
        (rs, n) -> new CampaignMember(rs.getString(1), rs.getString(2)), campaignId, from, to);
  }

  /** Members of the range found with a declaration running become ALREADY_RUNNING, the other pending ones STARTED. */
  public void recordBatch(String campaignId, int from, int to, Collection<String> alreadyRunning) {
    if (!alreadyRunning.isEmpty()) {
      named.update("update campaign_member set state = 'ALREADY_RUNNING' where campaign_id = :campaign "
          + "and state = 'PENDING' and dossier_id in (:ids)",
          Map.of("campaign", campaignId, "ids", alreadyRunning));
    }
    jdbc.update("update campaign_member set state = 'STARTED' where campaign_id = ? and seq >= ? and seq < ? "
        + "and state = 'PENDING'", campaignId, from, to);
  }

  public void markRunning(String campaignId, Instant at) {
    jdbc.update("update campaign set status = 'RUNNING', started_at = ? where id = ? and status = 'STARTING'",
        Timestamp.from(at), campaignId);
  }

  /** Members per state (all states present). One grouped query on the (campaign, state) index. */
  public Map<MemberState, Integer> counts(String campaignId) {
    Map<MemberState, Integer> counts = new EnumMap<>(MemberState.class);
    for (MemberState state : MemberState.values()) {
      counts.put(state, 0);
    }
    jdbc.query("select state, count(*) from campaign_member where campaign_id = ? group by state",
        rs -> {
          counts.put(MemberState.valueOf(rs.getString(1)), rs.getInt(2));
        }, campaignId);
    return counts;
  }

  private static final String SELECT = "select id, name, unit_id, unit_path, deadline, status, batch_size, "
      + "created_by, created_at, member_count, started_at from campaign";

  private static CampaignRow row(ResultSet rs, int n) throws SQLException {
    Timestamp started = rs.getTimestamp("started_at");
    Integer members = rs.getObject("member_count", Integer.class);
    return new CampaignRow(rs.getString("id"), rs.getString("name"), rs.getString("unit_id"),
        rs.getString("unit_path"), rs.getObject("deadline", LocalDate.class), rs.getString("status"),
        rs.getInt("batch_size"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        members, started == null ? null : started.toInstant());
  }
}
