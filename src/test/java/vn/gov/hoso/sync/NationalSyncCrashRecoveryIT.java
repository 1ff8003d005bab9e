package vn.gov.hoso.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.gov.hoso.support.CrashTestApplication;

/**
 * "Killing the application between commit and send and restarting it loses and duplicates nothing", with a real
 * kill: the application runs as a separate JVM ({@link CrashTestApplication}, the test class path) against a
 * PostgreSQL schema of its own, in per-record mode ({@code nd27-2026}) and with the job executor off, so it stops
 * right after the signing transactions committed the outbox rows and the send jobs. The test checks that state in the
 * database, kills the JVM with SIGKILL ({@code destroyForcibly}, i.e. {@code kill -9}), starts it again with the job
 * executor on, and checks through the simulator's table that every record arrived exactly once. PostgreSQL only (the
 * in-memory H2 does not survive a kill).
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class NationalSyncCrashRecoveryIT {

  static final String SCHEMA = "sync_crash_test";
  static final int PEOPLE = 3;
  /** A free port each start: the adapter finds its own simulator on the port the server got. */
  static final String PORT = "0";

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killWhatIsLeft() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  @Timeout(value = 175, unit = TimeUnit.SECONDS)
  void aKilledApplicationDeliversEveryCommittedRecordExactlyOnceAfterTheRestart() throws Exception {
    resetSchema();

    Path firstLog = Path.of("target", "crash-test-first-run.log");
    Process first = start(firstLog, "seed=" + PEOPLE, "--camunda.bpm.job-execution.enabled=false");
    String seeded = await("the seeded signed versions", Duration.ofSeconds(100), first,
        () -> lines(firstLog).filter(l -> l.startsWith(CrashTestApplication.SEEDED)).findFirst());
    List<String> people = Arrays.asList(seeded.substring(CrashTestApplication.SEEDED.length()).strip().split(","));
    assertThat(people).hasSize(PEOPLE);

    // committed and not sent: the outbox rows, one send job each, nothing at the national side
    assertThat(count("select count(*) from sync_record where status = 'PENDING' and dossier_id in " + in(people)))
        .isEqualTo(PEOPLE);
    assertThat(count("select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_ "
        + "where j.type_ = 'message' and e.business_key_ in " + in(people))).isEqualTo(PEOPLE);
    assertThat(count("select count(*) from sim_national_record")).isZero();

    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(first.isAlive()).isFalse();
    assertThat(first.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

    Path secondLog = Path.of("target", "crash-test-second-run.log");
    Process second = start(secondLog, "--camunda.bpm.job-execution.enabled=true");
    await("every record accepted after the restart", Duration.ofSeconds(100), second, () -> Optional.of(true)
        .filter(x -> count("select count(*) from sync_record where status = 'ACCEPTED' and dossier_id in "
            + in(people)) == PEOPLE));

    assertThat(count("select count(*) from sync_record where dossier_id in " + in(people))).isEqualTo(PEOPLE);
    assertThat(count("select count(*) from sim_national_record where citizen_id in " + in(people)))
        .as("one national record per version").isEqualTo(PEOPLE);
    assertThat(count("select count(*) from sim_national_record where status = 'ACCEPTED' and acceptances = 1 "
        + "and deliveries = 1 and citizen_id in " + in(people))).as("each delivered and accepted exactly once")
        .isEqualTo(PEOPLE);
    assertThat(count("select count(*) from sim_national_record where idempotency_key in "
        + in(people.stream().map(c -> c + "-v1").toList()))).isEqualTo(PEOPLE);
    second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  private Process start(Path log, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx640m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), CrashTestApplication.class.getName()));
    command.addAll(List.of(args));
    command.addAll(List.of("--spring.profiles.active=test,postgres", "--server.port=" + PORT,
        "--spring.datasource.url=" + schemaUrl(), "--spring.datasource.username=" + user(),
        "--spring.datasource.password=" + password(), "--camunda.bpm.database.schema-name=" + SCHEMA,
        "--camunda.bpm.database.table-prefix=" + SCHEMA + ".",
        "--hoso.deadlines.rule-set=nd27-2026", "--logging.level.root=WARN",
        "--logging.level.vn.gov.hoso.sync=INFO"));
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    started.add(process);
    return process;
  }

  private static <T> T await(String what, Duration limit, Process process, Supplier<Optional<T>> condition)
      throws InterruptedException {
    Instant until = Instant.now().plus(limit);
    while (Instant.now().isBefore(until)) {
      Optional<T> value = condition.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (!process.isAlive()) {
        throw new AssertionError("the application stopped (exit " + process.exitValue() + ") before " + what
            + "; see target/crash-test-*.log");
      }
      process.waitFor(500, TimeUnit.MILLISECONDS); // polling an outside process: nothing to wait on in the engine
    }
    throw new AssertionError("no " + what + " within " + limit + "; see target/crash-test-*.log");
  }

  private static java.util.stream.Stream<String> lines(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          : java.util.stream.Stream.empty();
    } catch (IOException e) {
      return java.util.stream.Stream.empty();
    }
  }

  /**
   * The schema goes when the test is done: the engine tables left in it would make a later engine on the same
   * database believe its own tables exist (the engine looks for its tables in every schema) and start without them.
   */
  @org.junit.jupiter.api.AfterAll
  static void dropSchema() throws SQLException {
    if (baseUrl() == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(baseUrl(), user(), password());
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private static void resetSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl(), user(), password());
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
    }
  }

  private static long count(String sql) {
    try (Connection c = DriverManager.getConnection(schemaUrl(), user(), password());
        Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      // tables not created yet while the application starts
      return -1;
    }
  }

  private static String in(List<String> values) {
    return values.stream().map(v -> "'" + v.replaceAll("[^0-9A-Za-z-]", "") + "'")
        .collect(java.util.stream.Collectors.joining(",", "(", ")"));
  }

  private static String baseUrl() {
    return System.getProperty("HOSO_DB_URL");
  }

  private static String schemaUrl() {
    return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
  }

  private static String user() {
    return System.getProperty("HOSO_DB_USER");
  }

  private static String password() {
    return System.getProperty("HOSO_DB_PASSWORD");
  }
}
