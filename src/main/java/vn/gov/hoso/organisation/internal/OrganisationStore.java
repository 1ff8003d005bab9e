package vn.gov.hoso.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hoso.organisation.JobPosition;
import vn.gov.hoso.organisation.QuotaCategory;
import vn.gov.hoso.organisation.Rehoming;
import vn.gov.hoso.organisation.RestructuringOperation;
import vn.gov.hoso.organisation.RestructuringView;
import vn.gov.hoso.organisation.StaffingQuota;
import vn.gov.hoso.organisation.UnitEvent;
import vn.gov.hoso.organisation.UnitEventKind;

/**
 * The organisation's tables of migration V5 (unit events, restructurings, re-homings, quotas, job positions) through
 * plain SQL. Every list of a subtree is one query on the materialised path; nothing loops over tree levels.
 */
@Repository
public class OrganisationStore {

  private final JdbcClient jdbc;

  public OrganisationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ------------------------------------------------------------------ unit events (append-only)

  public void append(UnitEvent e, @Nullable String restructuringId, Instant at, String actor) {
    jdbc.sql("""
        insert into org_unit_event (unit_id, kind, effective_date, decision_number, restructuring_id, old_name,
          new_name, old_parent_id, new_parent_id, successor_id, recorded_at, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(e.unitId(), e.kind().name(), e.effectiveDate(), e.decisionNumber(), restructuringId, e.oldName(),
            e.newName(), e.oldParentId(), e.newParentId(), e.successorId(), at.atOffset(ZoneOffset.UTC), actor)
        .update();
  }

  public List<UnitEvent> eventsOf(String unitId) {
    return jdbc.sql("select * from org_unit_event where unit_id = ? order by effective_date, id").param(unitId)
        .query(OrganisationStore::event).list();
  }

  public List<UnitEvent> eventsAfter(LocalDate day) {
    return jdbc.sql("select * from org_unit_event where effective_date > ? order by effective_date, id").param(day)
        .query(OrganisationStore::event).list();
  }

  private static UnitEvent event(ResultSet rs, int row) throws SQLException {
    return new UnitEvent(rs.getString("unit_id"), UnitEventKind.valueOf(rs.getString("kind")),
        rs.getObject("effective_date", LocalDate.class), rs.getString("decision_number"), rs.getString("old_name"),
        rs.getString("new_name"), rs.getString("old_parent_id"), rs.getString("new_parent_id"),
        rs.getString("successor_id"));
  }

  // ------------------------------------------------------------------ restructurings

  public void insert(RestructuringView r, @Nullable String newUnitsJson, String actor, Instant at) {
    jdbc.sql("""
        insert into org_restructuring (id, operation, unit_ids, target_unit_id, new_parent_id, new_name, new_units,
          effective_date, decision_number, status, requested_by, requested_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.id(), r.operation().name(), String.join(",", r.unitIds()), r.targetUnitId(), r.newParentId(),
            r.newName(), newUnitsJson, r.effectiveDate(), r.decisionNumber(), r.status(), actor,
            at.atOffset(ZoneOffset.UTC))
        .update();
  }

  public Optional<RestructuringView> restructuring(String id) {
    return jdbc.sql("select * from org_restructuring where id = ?").param(id)
        .query(OrganisationStore::restructuring).optional();
  }

  public Optional<String> newUnitsJson(String restructuringId) {
    return jdbc.sql("select new_units from org_restructuring where id = ?").param(restructuringId)
        .query(String.class).optional();
  }

  public void markApplied(String id, Instant at) {
    jdbc.sql("update org_restructuring set status = 'APPLIED', applied_at = ? where id = ?")
        .params(at.atOffset(ZoneOffset.UTC), id).update();
  }

  private static RestructuringView restructuring(ResultSet rs, int row) throws SQLException {
    return new RestructuringView(rs.getString("id"), RestructuringOperation.valueOf(rs.getString("operation")),
        Arrays.asList(rs.getString("unit_ids").split(",")), rs.getString("target_unit_id"),
        rs.getString("new_parent_id"), rs.getString("new_name"), rs.getObject("effective_date", LocalDate.class),
        rs.getString("decision_number"), rs.getString("status"));
  }

  // ------------------------------------------------------------------ re-homings

  public void insert(Rehoming r, String restructuringId, Instant at) {
    jdbc.sql("""
        insert into org_rehoming (id, restructuring_id, username, from_unit_id, proposed_unit_id, status, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(r.id(), restructuringId, r.username(), r.fromUnitId(), r.proposedUnitId(), Rehoming.OPEN,
            at.atOffset(ZoneOffset.UTC))
        .update();
  }

  private static final String REHOMING_SELECT = """
      select r.*, a.display_name from org_rehoming r join org_account a on a.username = r.username""";

  public Optional<Rehoming> rehoming(String id) {
    return jdbc.sql(REHOMING_SELECT + " where r.id = ?").param(id).query(OrganisationStore::rehoming).optional();
  }

  /** Re-homings of people who were in the units of a subtree (by the unit they came from). */
  public List<Rehoming> rehomingsFromSubtree(String path, @Nullable String status) {
    String sql = REHOMING_SELECT + " join org_unit u on u.id = r.from_unit_id where u.unit_path like ?";
    String order = " order by r.created_at, a.display_name";
    return status == null
        ? jdbc.sql(sql + order).param(path + "%").query(OrganisationStore::rehoming).list()
        : jdbc.sql(sql + " and r.status = ?" + order).params(path + "%", status).query(OrganisationStore::rehoming)
            .list();
  }

  public List<Rehoming> rehomingsOf(String username) {
    return jdbc.sql(REHOMING_SELECT + " where r.username = ? order by r.created_at").param(username)
        .query(OrganisationStore::rehoming).list();
  }

  public void propose(String id, String unitId) {
    jdbc.sql("update org_rehoming set proposed_unit_id = ? where id = ? and status = 'OPEN'").params(unitId, id)
        .update();
  }

  public void complete(String id, String newUnitId, @Nullable String positionName, String approver, Instant at) {
    jdbc.sql("""
        update org_rehoming set status = 'DONE', new_unit_id = ?, proposed_unit_id = ?, position_name = ?,
          approved_by = ?, completed_at = ? where id = ?""")
        .params(newUnitId, newUnitId, positionName, approver, at.atOffset(ZoneOffset.UTC), id).update();
  }

  private static Rehoming rehoming(ResultSet rs, int row) throws SQLException {
    return new Rehoming(rs.getString("id"), rs.getString("restructuring_id"), rs.getString("username"),
        rs.getString("display_name"), rs.getString("from_unit_id"), rs.getString("proposed_unit_id"),
        rs.getString("new_unit_id"), rs.getString("position_name"), rs.getString("status"),
        rs.getString("approved_by"));
  }

  // ------------------------------------------------------------------ quotas and job positions

  public void replace(StaffingQuota q) {
    jdbc.sql("delete from org_job_position where unit_id = ? and quota_year = ?").params(q.unitId(), q.year()).update();
    jdbc.sql("delete from org_quota where unit_id = ? and quota_year = ?").params(q.unitId(), q.year()).update();
    jdbc.sql("""
        insert into org_quota (unit_id, quota_year, civil_servants, public_employees, contract_workers,
          decision_number) values (?, ?, ?, ?, ?, ?)""")
        .params(q.unitId(), q.year(), q.civilServants(), q.publicEmployees(), q.contractWorkers(), q.decisionNumber())
        .update();
    for (JobPosition p : q.positions()) {
      jdbc.sql("""
          insert into org_job_position (unit_id, quota_year, code, name, category, headcount)
          values (?, ?, ?, ?, ?, ?)""")
          .params(q.unitId(), q.year(), p.code(), p.name(), p.category().name(), p.headcount()).update();
    }
  }

  /** The quotas of every unit of a subtree for a year, by unit id: two queries whatever the size of the subtree. */
  public Map<String, StaffingQuota> quotasInSubtree(String path, int year) {
    Map<String, List<JobPosition>> positions = new HashMap<>();
    jdbc.sql("""
        select p.* from org_job_position p join org_unit u on u.id = p.unit_id
        where u.unit_path like ? and p.quota_year = ? order by p.unit_id, p.code""")
        .params(path + "%", year)
        .query((rs, row) -> Map.entry(rs.getString("unit_id"), new JobPosition(rs.getString("code"),
            rs.getString("name"), QuotaCategory.valueOf(rs.getString("category")), rs.getInt("headcount"))))
        .list()
        .forEach(e -> positions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<String, StaffingQuota> quotas = new HashMap<>();
    jdbc.sql("""
        select q.* from org_quota q join org_unit u on u.id = q.unit_id
        where u.unit_path like ? and q.quota_year = ?""")
        .params(path + "%", year)
        .query((rs, row) -> new StaffingQuota(rs.getString("unit_id"), rs.getInt("quota_year"),
            rs.getInt("civil_servants"), rs.getInt("public_employees"), rs.getInt("contract_workers"),
            rs.getString("decision_number"), positions.getOrDefault(rs.getString("unit_id"), List.of())))
        .list()
        .forEach(q -> quotas.put(q.unitId(), q));
    return quotas;
  }
}
