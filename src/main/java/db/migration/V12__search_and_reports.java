package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search, statistics and statutory reports (issue 8). A Java migration because part of it is PostgreSQL-only and the
 * project has one migration location for H2 and PostgreSQL: the common statements run on both; on PostgreSQL the
 * prefix indexes use {@code varchar_pattern_ops} (a plain btree serves {@code LIKE 'x%'} only under the C collation)
 * and, when the application's role may create the trusted extension {@code pg_trgm}, a trigram GIN index serves the
 * infix name search ({@code full_name_search LIKE '%x%'}); without it the migration goes on and the infix search
 * falls back to the scope index.
 *
 * <p>The extracted columns are filled on every save of the dossier; rows written before this migration have
 * {@code search_columns_version = 0} and are filled at startup ({@code SearchColumnsBackfill}), since the content they
 * come from is partly encrypted and only the application can open it.
 */
public class V12__search_and_reports extends BaseJavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(V12__search_and_reports.class);

  private static final List<String> COMMON = List.of(
      "alter table dossier add column rank_or_title_code varchar(20)",
      "alter table dossier add column salary_group varchar(10)",
      "alter table dossier add column salary_step integer",
      "alter table dossier add column education_level varchar(20)",
      "alter table dossier add column political_theory_level varchar(20)",
      "alter table dossier add column ethnicity_code varchar(5)",
      "alter table dossier add column religion_code varchar(5)",
      "alter table dossier add column party_member boolean",
      "alter table dossier add column first_recruitment_date date",
      "alter table dossier add column position_appointed_date date",
      "alter table dossier add column job_position varchar(300)",
      "alter table dossier add column last_signed_at timestamp with time zone",
      "alter table dossier add column search_columns_version integer default 0 not null",
      "create index ix_dossier_search_columns_version on dossier (search_columns_version)",
      // the unit of the rows of a subtree, for headcounts grouped by unit
      "create index ix_dossier_employing_unit on dossier (employing_unit_id)",
      """
      create table saved_search (
          id          varchar(36)   primary key,
          owner       varchar(64)   not null,
          name        varchar(200)  not null,
          query       varchar(4000) not null,
          created_at  timestamp with time zone not null
      )""",
      "create index ix_saved_search_owner on saved_search (owner, created_at)",
      """
      create table statutory_report (
          id                   varchar(36)  primary key,
          kind                 varchar(20)  not null,
          period               varchar(20)  not null,
          unit_id              varchar(40)  not null references org_unit (id),
          as_of                date         not null,
          file_name            varchar(255) not null,
          content              bytea        not null,
          generated_at         timestamp with time zone not null,
          submitted_at         timestamp with time zone,
          submitted_by         varchar(64),
          note                 varchar(2000)
      )""",
      "create index ix_statutory_report_period on statutory_report (kind, period, unit_id)");

  private static final List<String> POSTGRES = List.of(
      "create index ix_dossier_unit_path_prefix on dossier (unit_path varchar_pattern_ops)",
      "create index ix_dossier_name_prefix on dossier (full_name_search varchar_pattern_ops)",
      "create index ix_dossier_id_prefix on dossier (id varchar_pattern_ops)");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement statement = connection.createStatement()) {
      for (String sql : COMMON) {
        statement.execute(sql);
      }
      if (postgres) {
        for (String sql : POSTGRES) {
          statement.execute(sql);
        }
      }
    }
    if (postgres) {
      trigramIndex(connection);
    }
  }

  private static void trigramIndex(Connection connection) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      statement.execute("create extension if not exists pg_trgm");
      statement.execute("create index ix_dossier_name_trgm on dossier using gin (full_name_search gin_trgm_ops)");
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      connection.rollback(savepoint);
      LOG.warn("pg_trgm not available to this role ({}); the infix name search uses the scope index only",
          e.getSQLState());
    }
  }
}
