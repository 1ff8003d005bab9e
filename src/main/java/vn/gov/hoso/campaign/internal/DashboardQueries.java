package vn.gov.hoso.campaign.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.gov.hoso.campaign.DashboardState;

/**
 * The dashboard's read model: grouped SQL over the campaign's members joined with what they point to, a fixed number
 * of queries whatever the number of people. It reads (never writes) the dossier's status and lock ({@code dossier}),
 * the national database's answers ({@code sync_record}) and the due dates of the open declaration and verification
 * tasks (engine tables {@code act_ru_execution} by business key = dossier id, {@code act_ru_task}), all by indexed
 * columns: campaign id, dossier id, business key, process instance id.
 */
@Repository
public class DashboardQueries {

  /** The dashboard state of a member (columns of {@code dossier d}, {@code campaign c}). */
  private static final String STATE = "case when d.status = 'DRAFT' and d.updated_at < c.created_at then 'NOT_STARTED' "
      + "when d.status = 'SIGNED' and exists (select 1 from sync_record s where s.dossier_id = d.id "
      + "and s.version_number = d.locked_version and s.status = 'ACCEPTED') then 'SYNCED' else d.status end";

  private static final String MEMBERS = "from campaign_member m join campaign c on c.id = m.campaign_id "
      + "join dossier d on d.id = m.dossier_id where m.campaign_id = ? and d.unit_path like ?";

  private static final String OVERDUE = "exists (select 1 from act_ru_execution e join act_ru_task t "
      + "on t.proc_inst_id_ = e.id_ where e.business_key_ = d.id and e.parent_id_ is null and t.due_date_ < ? "
      + "and t.task_def_key_ in ('DeclareDossierUserTask', 'VerifyDossierUserTask'))";

  private final JdbcTemplate jdbc;

  DashboardQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Members of the subtree per (unit keeping the dossier, state). */
  public List<UnitStateCount> counts(String campaignId, String subtreePath) {
    return jdbc.query("select unit_id, state, count(*) from (select d.employing_unit_id unit_id, " + STATE
        + " state " + MEMBERS + ") x group by unit_id, state",
        (rs, n) -> new UnitStateCount(rs.getString(1), DashboardState.valueOf(rs.getString(2)), rs.getInt(3)),
        campaignId, subtreePath + "%");
  }

  /** Members of the subtree whose declaration or verification task is past due at {@code now}, per unit. */
  public Map<String, Integer> overdue(String campaignId, String subtreePath, Instant now) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query("select d.employing_unit_id, count(*) " + MEMBERS + " and " + OVERDUE
        + " group by d.employing_unit_id", rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        }, campaignId, subtreePath + "%", Timestamp.from(now));
    return counts;
  }

  /**
   * Members of the subtree in a state (or all when null; {@link DashboardState#OVERDUE}: those past due), by name.
   */
  public List<PersonRow> people(String campaignId, String subtreePath, @Nullable DashboardState state, Instant now,
      int offset, int limit) {
    List<Object> args = new ArrayList<>(List.of(Timestamp.from(now), campaignId, subtreePath + "%"));
    String members = MEMBERS;
    String filter = "";
    if (state == DashboardState.OVERDUE) {
      // in the inner query: H2 cannot push a condition on the EXISTS column down into the derived table
      members = MEMBERS + " and " + OVERDUE;
      args.add(Timestamp.from(now));
    } else if (state != null) {
      filter = " where state = ?";
      args.add(state.name());
    }
    args.add(limit);
    args.add(offset);
    return jdbc.query("select id, full_name, unit_id, state, late, updated_at from (select d.id, d.full_name, "
        + "d.full_name_search, d.employing_unit_id unit_id, d.updated_at, " + STATE + " state, " + OVERDUE
        + " as late " + members + ") x" + filter + " order by full_name_search, id limit ? offset ?",
        (rs, n) -> new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3),
            DashboardState.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getTimestamp(6).toInstant()),
        args.toArray());
  }

  /** A group of the dashboard query. */
  public record UnitStateCount(String unitId, DashboardState state, int count) {}

  /** A person of the drill-down. */
  public record PersonRow(String dossierId, @Nullable String fullName, String unitId, DashboardState state,
      boolean overdue, Instant updatedAt) {}
}
