package vn.gov.hoso.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.hoso.HosoApplication;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.signing.SigningBatch;
import vn.gov.hoso.workflow.signing.SigningBatches;

/**
 * Benchmark, not a test: the time per dossier of a batch signing (render the CV, PAdES, JAdES over the canonical JSON,
 * store, complete the task), as {@code scripts/bench-signing} runs it. Starts the whole application (profile test,
 * in-memory H2, real engine and DSS), brings N dossiers (default 200, first argument) through declaration and approval
 * into the open signing window of the head of Sở Tài chính, then signs all of them in one batch and prints
 * {@code sign_ms_per_dossier=<ms>} (wall time of the batch divided by N). Preparation is not measured.
 */
public final class SigningBenchmark {

  private SigningBenchmark() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HosoApplication.class)
        .profiles("test")
        .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:hoso-bench;DB_CLOSE_DELAY=-1",
            "logging.level.root=WARN")
        .run()) {
      Result result = run(app, count);
      System.out.println("sign_ms_per_dossier=" + result.wallMsPerDossier());
      System.out.println("sign_cpu_ms_per_dossier=" + result.cpuMsPerDossier());
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * Milliseconds per dossier of one batch: wall time, and CPU time of the whole process during the batch (less
   * sensitive to other work on a shared machine).
   */
  public record Result(int dossiers, double wallMsPerDossier, double cpuMsPerDossier) {}

  /** Prepares {@code count} dossiers awaiting signature and signs them in one batch. */
  public static Result run(ConfigurableApplicationContext app, int count) {
    BenchDrivers drivers = BenchDrivers.of(app);
    TestEmployees employees = drivers.employees();
    DeclarationDriver declaration = drivers.declaration();
    SigningDriver signing = drivers.signing();
    String pin = app.getEnvironment().getRequiredProperty("hoso.demo.password");

    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-01T09:00:00+07:00").toInstant()));
    List<String> dossiers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
      declaration.submitValidDossier(cccd);
      declaration.review(cccd, "approve", null);
      dossiers.add(cccd);
    }
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-21T08:00:00+07:00").toInstant()));
    dossiers.forEach(signing::openWindow);
    return signBatch(app, dossiers, pin);
  }

  /** Signs the dossiers (all waiting at the signing task of Sở Tài chính) in one batch as its head and times it. */
  public static Result signBatch(ConfigurableApplicationContext app, List<String> dossiers, String pin) {
    SigningBatches batches = app.getBean(SigningBatches.class);
    int count = dossiers.size();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    SigningBatch started = batches.start(SigningDriver.STC_HEAD, dossiers, pin.toCharArray());
    SigningBatch done = batches.await(started.id(), Duration.ofHours(1));
    long elapsed = System.nanoTime() - start;
    long cpu = os.getProcessCpuTime() - cpuStart;
    if (done.done() != count) {
      throw new IllegalStateException("only " + done.done() + " of " + count + " signed: " + done.items());
    }
    return new Result(count, perDossier(elapsed, count), perDossier(cpu, count));
  }

  private static double perDossier(long nanos, int count) {
    return Math.round(nanos / 1e6 / count * 10) / 10.0;
  }
}
