package vn.gov.hoso.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.hoso.HosoApplication;
import vn.gov.hoso.common.MovableClock;

/**
 * The users of {@code scripts/cluster-check}: runs M lifecycles with K users against the shared database while the
 * two application nodes (ports 18081 and 18082) do all the asynchronous work with their job executors: this JVM has
 * its job executor off, so every window timer and every send to the simulator is executed by a node, also while one of
 * them is killed. Arguments: {@code --lifecycles M --users K}, then Spring properties {@code --key=value} (the same as
 * the nodes'). Prints {@code cluster_lifecycles_per_s=…} and {@code cluster_failed=…}. With {@code --load-people N}
 * it only loads N generated people for the campaign phase.
 */
public final class ClusterCheck {

  private ClusterCheck() {}

  public static void main(String[] args) {
    int lifecycles = 100;
    int users = 4;
    int loadPeople = 0;
    List<String> spring = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--lifecycles" -> lifecycles = Integer.parseInt(args[++i]);
        case "--users" -> users = Integer.parseInt(args[++i]);
        case "--load-people" -> loadPeople = Integer.parseInt(args[++i]);
        default -> spring.add(args[i]);
      }
    }
    spring.add("--server.port=0");
    spring.add("--camunda.bpm.job-execution.enabled=false");
    String pin = System.getenv().getOrDefault("HOSO_DEMO_PASSWORD", "Demo@2026");
    if (loadPeople > 0) {
      load(loadPeople, spring);
      return;
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HosoApplication.class)
        .run(spring.toArray(String[]::new))) {
      Duration offset = app.getBean(MovableClock.class)
          .moveTo(OffsetDateTime.parse("2026-12-21T09:00:00+07:00").toInstant());
      ClockUtil.offset(offset.toMillis());
      LifecycleBenchmark.Result result = new LifecycleBenchmark(app)
          .real(new ProvinceGenerator(app, System.nanoTime()), lifecycles, users, pin);
      System.out.println(String.format(Locale.ROOT, "cluster_lifecycles_per_s=%.2f", result.perSecond()));
      System.out.println("cluster_failed=" + result.failed());
      System.out.println("cluster_dossiers=" + String.join(",", result.cccds()));
    } finally {
      ClockUtil.reset();
    }
    System.exit(0);
  }

  /**
   * {@code --load-people N}: bulk-loads N generated people (dossiers in every status, no process running) into the
   * shared database for the campaign phase of {@code scripts/cluster-check}; prints {@code cluster_loaded=N}.
   */
  private static void load(int people, List<String> spring) {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HosoApplication.class)
        .run(spring.toArray(String[]::new))) {
      ProvinceGenerator generator = new ProvinceGenerator(app, System.nanoTime());
      generator.load(people, generator.units());
      System.out.println("cluster_loaded=" + people);
    }
    System.exit(0);
  }
}
