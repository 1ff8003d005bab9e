package vn.gov.hoso.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.hoso.HosoApplication;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * Benchmark, not a test ({@code scripts/bench}): on one PostgreSQL database,
 * <ol>
 *   <li>generates a province of N people ({@link ProvinceGenerator}; a sample is checked with the real validator)
 *   and bulk-loads it;</li>
 *   <li>runs M full lifecycles with K users through the application and, in the same run and JVM, M lifecycles of the
 *   bare-engine baseline of the same shape ({@link LifecycleBenchmark});</li>
 *   <li>signs S dossiers in one batch ({@link SigningBenchmark#signBatch});</li>
 *   <li>starts the packaged jar as its own process on port 18081 against the generated database (startup time, RSS)
 *   and measures over HTTP the ten criteria searches, the headcount-by-rank report and the campaign start rate
 *   ({@link HttpFigures}).</li>
 * </ol>
 * Prints a table and, as the last line, one JSON object. Options: {@code --people N} (50000), {@code --lifecycles M}
 * (200), {@code --users K} (4), {@code --sign S} (50), {@code --campaign-unit ID} (the province, HY; at a million
 * people a department such as G-D04), {@code --jar PATH}, {@code --report PATH}. The database comes
 * from {@code HOSO_DB_URL}, {@code HOSO_DB_USER}, {@code HOSO_DB_PASSWORD}.
 */
public final class ProvinceBenchmark {

  /** Inside the signing window of the base units (days 20–22): Monday 21 December 2026, 09:00 in Hà Nội. */
  private static final OffsetDateTime IN_WINDOW = OffsetDateTime.parse("2026-12-21T09:00:00+07:00");
  private static final int NODE_PORT = 18081;

  private ProvinceBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    int people = Integer.parseInt(options.getOrDefault("people", "50000"));
    int lifecycles = Integer.parseInt(options.getOrDefault("lifecycles", "200"));
    int users = Integer.parseInt(options.getOrDefault("users", "4"));
    int signCount = Integer.parseInt(options.getOrDefault("sign", "50"));
    String campaignUnit = options.getOrDefault("campaign-unit", ProvinceGenerator.PROVINCE_ROOT);
    Path jar = Path.of(options.getOrDefault("jar", "target/hoso-cbccvc-0.1.0-SNAPSHOT.jar"));
    Path report = Path.of(options.getOrDefault("report", "target/bench/report.txt"));
    Path work = report.toAbsolutePath().getParent();
    Files.createDirectories(work);
    String pin = System.getenv().getOrDefault("HOSO_DEMO_PASSWORD", "Demo@2026");

    Map<String, String> shared = new LinkedHashMap<>();
    shared.put("spring.profiles.active", "postgres");
    shared.put("hoso.deadlines.rule-set", "nd27-2026"); // ND 27/2026: per-record delivery to the national database
    shared.put("hoso.signing.keys-directory", work.resolve("signing-keys").toString());
    shared.put("hoso.crypto.key-file", work.resolve("crypto-keys.properties").toString());
    shared.put("logging.level.root", "WARN");

    Map<String, Object> figures = new LinkedHashMap<>();
    List<String> table = new ArrayList<>();
    ProvinceGenerator.Loaded loaded;
    LifecycleBenchmark.Result real;
    LifecycleBenchmark.Result baseline;
    SigningBenchmark.Result signed;
    String sampleCccd;
    List<String> properties = new ArrayList<>();
    shared.forEach((key, value) -> properties.add("--" + key + "=" + value));
    properties.add("--server.port=0");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HosoApplication.class)
        .run(properties.toArray(String[]::new))) {
      progress("application context up; generating the province");
      ProvinceGenerator generator = new ProvinceGenerator(app, 20261221L);
      List<ProvinceGenerator.Workplace> workplaces = generator.units();
      List<String> invalid = generator.validateSample(Math.min(200, Math.max(20, people / 100)), workplaces);
      progress("validator on a sample of generated dossiers: " + invalid.size() + " errors"
          + (invalid.isEmpty() ? "" : " e.g. " + invalid.subList(0, Math.min(5, invalid.size()))));
      if (!invalid.isEmpty()) {
        throw new IllegalStateException("generated dossiers are not valid: " + invalid.subList(0,
            Math.min(10, invalid.size())));
      }
      loaded = generator.load(people, workplaces);
      progress(String.format(Locale.ROOT, "loaded %d people, %d rows in %.1f s (%.0f rows/s); %d units", people,
          loaded.rows(), loaded.seconds(), loaded.rowsPerSecond(), loaded.units()));
      sampleCccd = app.getBean(JdbcTemplate.class).queryForObject(
          "select id from dossier where employing_unit_id like 'G-%' order by id limit 1", String.class);

      moveClock(app);
      LifecycleBenchmark lifecycle = new LifecycleBenchmark(app);
      int warmUp = Math.max(2, Math.min(10, lifecycles / 10));
      lifecycle.baseline(warmUp, users);
      lifecycle.real(generator, warmUp, users, pin);
      progress("warm-up done (" + warmUp + " of each); baseline");
      baseline = lifecycle.baseline(lifecycles, users);
      progress(String.format(Locale.ROOT, "baseline: %d lifecycles in %.1f s", lifecycles, baseline.seconds()));
      real = lifecycle.real(generator, lifecycles, users, pin);
      progress(String.format(Locale.ROOT, "lifecycle: %d lifecycles (%d failed) in %.1f s", lifecycles,
          real.failed(), real.seconds()));
      signed = signBatch(app, signCount, pin);
      progress("batch signing: " + signed.wallMsPerDossier() + " ms per dossier");
    } finally {
      ClockUtil.reset();
    }

    Map<String, String> nodeProperties = new LinkedHashMap<>(shared);
    nodeProperties.put("management.endpoint.health.probes.enabled", "true");
    nodeProperties.put("logging.level.root", "INFO");
    double startup;
    double[] rssAfterStart;
    double[] rssAfterQueries;
    List<HttpFigures.QueryFigure> searches;
    Double reportMs;
    HttpFigures.Campaign campaign;
    try (ApplicationNode node = ApplicationNode.start(jar, NODE_PORT, nodeProperties, work.resolve("node-18081.log"))) {
      startup = node.startupSeconds();
      rssAfterStart = node.residentMiB();
      progress(String.format(Locale.ROOT, "packaged application up in %.1f s, RSS %.0f MiB", startup,
          rssAfterStart[0]));
      HttpFigures http = new HttpFigures(NODE_PORT, "admin", pin);
      searches = http.search(HttpFigures.typicalQueries(sampleCccd, "G-X001", "G-D04"), 10);
      reportMs = http.headcountByRank(ProvinceGenerator.PROVINCE_ROOT);
      campaign = http.campaign(campaignUnit, Duration.ofMinutes(60));
      rssAfterQueries = node.residentMiB();
    }

    // ---------------------------------------------------------------------------------------------- the report
    table.add(String.format(Locale.ROOT, "Province: %d people, %d units, statuses %s", people, loaded.units(),
        loaded.statuses()));
    table.add(String.format(Locale.ROOT, "Bulk load: %d rows in %.1f s = %.0f rows/s (%.0f people/s)",
        loaded.rows(), loaded.seconds(), loaded.rowsPerSecond(), people / Math.max(loaded.seconds(), 1e-3)));
    table.add("");
    table.add(String.format(Locale.ROOT, "Lifecycle, %d users, %d lifecycles     %10s %10s   %10s %10s", users,
        lifecycles, "app p50", "app p95", "base p50", "base p95"));
    for (String step : LifecycleBenchmark.STEPS) {
      table.add(String.format(Locale.ROOT, "  %-34s %7.1f ms %7.1f ms   %7.1f ms %7.1f ms", step,
          real.samples().percentile(step, 50), real.samples().percentile(step, 95),
          baseline.samples().percentile(step, 50), baseline.samples().percentile(step, 95)));
    }
    double ratio = real.perSecond() / baseline.perSecond();
    table.add(String.format(Locale.ROOT, "  %-34s %10.2f /s %21.2f /s   ratio %.3f (failed: %d app, %d baseline)",
        "throughput", real.perSecond(), baseline.perSecond(), ratio, real.failed(), baseline.failed()));
    table.add("");
    table.add(String.format(Locale.ROOT, "Batch signing of %d dossiers: %.1f ms per dossier (CPU %.1f ms)",
        signed.dossiers(), signed.wallMsPerDossier(), signed.cpuMsPerDossier()));
    table.add(String.format(Locale.ROOT, "Packaged application: startup %.1f s, RSS %.0f MiB after start, %.0f MiB "
        + "after the queries (peak %.0f MiB)", startup, rssAfterStart[0], rssAfterQueries[0], rssAfterQueries[1]));
    table.add("");
    table.add(String.format(Locale.ROOT, "Search (GET /api/dossiers, 10 runs each)  %8s %10s %10s", "HTTP", "p50",
        "p95"));
    List<Double> answered = new ArrayList<>();
    for (HttpFigures.QueryFigure search : searches) {
      if (search.answered()) {
        answered.addAll(search.samples());
      }
      table.add(String.format(Locale.ROOT, "  %-38s %6d %10s %10s   ?%s", search.query().label(), search.status(),
          search.answered() ? ms(search.p50()) : "n/a", search.answered() ? ms(search.p95()) : "n/a",
          search.query().query()));
    }
    Double searchP95 = answered.isEmpty() ? null : round(Samples.percentile(answered, 95));
    Double searchP50 = answered.isEmpty() ? null : round(Samples.percentile(answered, 50));
    table.add(String.format(Locale.ROOT, "  %-38s %6s %10s %10s", "all answered queries", "",
        searchP50 == null ? "n/a" : ms(searchP50), searchP95 == null ? "n/a" : ms(searchP95)));
    table.add("Headcount by rank (GET /api/reports/headcount?by=rank&unitId=HY): "
        + (reportMs == null ? "n/a" : ms(reportMs)));
    Double campaignRate = campaign.perSecond();
    table.add("Campaign start (POST /api/campaigns, unit " + campaignUnit + "): " + (campaignRate == null ? "n/a (HTTP "
        + campaign.status() + ")" : String.format(Locale.ROOT, "%d of %d declarations started in %.1f s = %.1f /s",
        campaign.started(), campaign.total(), campaign.seconds(), campaignRate)));

    figures.put("lifecycle_per_s", Math.round(real.perSecond() * 100) / 100.0);
    figures.put("baseline_lifecycle_per_s", Math.round(baseline.perSecond() * 100) / 100.0);
    figures.put("ratio", Math.round(ratio * 1000) / 1000.0);
    figures.put("search_p50_ms", searchP50);
    figures.put("search_p95_ms", searchP95);
    figures.put("report_ms", reportMs == null ? null : round(reportMs));
    figures.put("sign_ms_per_dossier", signed.wallMsPerDossier());
    figures.put("sign_cpu_ms_per_dossier", signed.cpuMsPerDossier());
    figures.put("campaign_start_per_s", campaignRate == null ? null : round(campaignRate));
    figures.put("startup_s", round(startup));
    figures.put("rss_mib", Math.round(rssAfterStart[0]));
    figures.put("rss_peak_mib", Math.round(rssAfterQueries[1]));
    figures.put("load_rows_per_s", Math.round(loaded.rowsPerSecond()));
    figures.put("lifecycles", lifecycles);
    figures.put("lifecycles_failed", real.failed());
    figures.put("users", users);
    figures.put("units", loaded.units());
    figures.put("people", people);
    StringBuilder json = new StringBuilder("{");
    figures.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":")
        .append(value == null ? "null" : value));
    json.append('}');
    table.add("");
    table.add(json.toString());
    Files.write(report, table, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    table.forEach(out::println);
    System.exit(0); // non-daemon threads of the stopped context (HTTP client, DSS) must not keep the JVM
  }

  /** S dossiers of Sở Tài chính brought to the signing task (the window is open), then signed in one batch. */
  private static SigningBenchmark.Result signBatch(ConfigurableApplicationContext app, int count, String pin) {
    BenchDrivers drivers = BenchDrivers.of(app);
    TestEmployees employees = drivers.employees();
    DeclarationDriver declaration = drivers.declaration();
    SigningDriver signing = drivers.signing();
    List<String> dossiers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
      declaration.submitValidDossier(cccd);
      declaration.review(cccd, "approve", null);
      dossiers.add(cccd);
    }
    for (String cccd : dossiers) {
      Samples.await("signing task of " + cccd, 600_000, () -> signing.signTask(cccd) != null);
    }
    return SigningBenchmark.signBatch(app, dossiers, pin);
  }

  private static void moveClock(ConfigurableApplicationContext app) {
    Duration offset = app.getBean(MovableClock.class).moveTo(IN_WINDOW.toInstant());
    ClockUtil.offset(offset.toMillis());
  }

  private static void progress(String line) {
    System.out.println("bench: " + line);
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f ms", millis);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: --people N --lifecycles M [--users K] [--sign S] [--campaign-unit ID] [--jar PATH]");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
