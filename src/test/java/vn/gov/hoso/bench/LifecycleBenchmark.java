package vn.gov.hoso.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * The full lifecycle through the real application, as its users drive it: the recruitment opens the dossier and starts
 * the declaration ({@code declare}); the employee saves a draft and submits through the task form ({@code save},
 * {@code submit}); the focal officer approves, which confirms and locks the version and calls the signing
 * ({@code verify+lock}); the job executor fires the window timer, the clock being inside the signing window
 * ({@code window}); the head signs with the PIN in the task form: CV PDF + PAdES + JAdES, outbox row and the start of
 * {@code national-sync-record} ({@code sign}); the job executor sends the record to the simulator ({@code sync}).
 * K users work in parallel. The baseline runs {@code src/test/resources/bench/*.bpmn} (the same shape, no-op delegates,
 * no domain writes, no authentication) with the same K on the same engine and database.
 */
final class LifecycleBenchmark {

  static final String[] STEPS = {"declare", "save", "submit", "verify+lock", "window", "sign", "sync"};
  private static final String UNIT = "STC-NS";
  /** How long a user waits for the engine (timer, sync), {@code -Dbench.wait-seconds}; cluster-check: 900 s. */
  private static final long WAIT_MILLIS = Long.getLong("bench.wait-seconds", 180) * 1000;

  record Result(int lifecycles, int failed, double seconds, Samples samples, List<String> cccds) {
    double perSecond() {
      return (lifecycles - failed) / Math.max(seconds, 1e-3);
    }
  }

  private final ConfigurableApplicationContext app;

  LifecycleBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
  }

  /** The real lifecycle, {@code lifecycles} times with {@code users} in parallel. */
  Result real(ProvinceGenerator generator, int lifecycles, int users, String pin) {
    BenchDrivers drivers = BenchDrivers.of(app);
    TestEmployees employees = drivers.employees();
    DeclarationDriver declaration = drivers.declaration();
    SigningDriver signing = drivers.signing();
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    Unit unit = app.getBean(OrganisationService.class).unit(UNIT).orElseThrow();
    ProvinceGenerator.Workplace workplace = new ProvinceGenerator.Workplace(unit.id(), unit.name(), unit.kind(),
        unit.path(), unit.parentId(), 1);
    Set<String> taken = new HashSet<>(jdbc.queryForList("select username from org_account", String.class));
    List<ProvinceGenerator.Person> people = new ArrayList<>();
    for (int i = 0; i < lifecycles; i++) {
      people.add(generator.person(taken, workplace));
    }
    Samples samples = new Samples();
    return run(lifecycles, users, samples, people.stream().map(ProvinceGenerator.Person::cccd).toList(), i -> {
      ProvinceGenerator.Person p = people.get(i);
      String cccd = p.cccd();
      samples.time("declare", () -> employees.recruit(cccd, UNIT, p.fullName(), p.male() ? "Nam" : "Nữ", p.born(),
          p.category()));
      Map<String, Object> draft = DeclarationDriver.formValues(firstGroups(p.dossier()));
      draft.put("action", "save");
      samples.time("save", () -> declaration.declare(cccd, draft));
      Map<String, Object> full = DeclarationDriver.formValues(p.dossier());
      full.put("action", "submit");
      samples.time("submit", () -> declaration.declare(cccd, full));
      samples.time("verify+lock", () -> declaration.review(cccd, "approve", "Đã đối chiếu hồ sơ giấy."));
      samples.time("window", () -> Samples.await("signing task of " + cccd, WAIT_MILLIS,
          () -> signing.signTask(cccd) != null));
      samples.time("sign", () -> signing.signInTasklist(cccd, pin));
      samples.time("sync", () -> Samples.await("sync of " + cccd, WAIT_MILLIS, () -> accepted(jdbc, cccd)));
    });
  }

  /** The bare-engine baseline of the same shape. */
  Result baseline(int lifecycles, int users) {
    RepositoryService repository = app.getBean(RepositoryService.class);
    if (repository.createProcessDefinitionQuery().processDefinitionKey("bench-baseline-lifecycle").count() == 0) {
      repository.createDeployment().name("bench-baseline")
          .addClasspathResource("bench/bench-baseline-lifecycle.bpmn")
          .addClasspathResource("bench/bench-baseline-signing.bpmn").deploy();
    }
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TaskService tasks = app.getBean(TaskService.class);
    String run = Long.toString(System.currentTimeMillis(), 36);
    Samples samples = new Samples();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lifecycles; i++) {
      keys.add("bench-" + run + "-" + i);
    }
    return run(lifecycles, users, samples, keys, i -> {
      String key = keys.get(i);
      String id = samples.time("declare",
          () -> runtime.startProcessInstanceByKey("bench-baseline-lifecycle", key).getId());
      samples.time("save", () -> tasks.complete(task(tasks, key, "DeclareUserTask").getId(),
          Map.of("action", "save")));
      samples.time("submit", () -> tasks.complete(task(tasks, key, "DeclareUserTask").getId(),
          Map.of("action", "submit")));
      samples.time("verify+lock", () -> tasks.complete(task(tasks, key, "VerifyUserTask").getId(),
          Map.of("decision", "approve")));
      samples.time("window", () -> Samples.await("baseline signing task " + key, WAIT_MILLIS,
          () -> task(tasks, key, "SignUserTask") != null));
      samples.time("sign", () -> tasks.complete(task(tasks, key, "SignUserTask").getId()));
      samples.time("sync", () -> Samples.await("baseline end " + key, WAIT_MILLIS,
          () -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0));
    });
  }

  private static Task task(TaskService tasks, String businessKey, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  private static boolean accepted(JdbcTemplate jdbc, String cccd) {
    Integer count = jdbc.queryForObject(
        "select count(*) from sync_record where dossier_id = ? and status = 'ACCEPTED'", Integer.class, cccd);
    return count != null && count > 0;
  }

  /** What an employee fills first: the identity fields of groups I and II. */
  private static ObjectNode firstGroups(ObjectNode dossier) {
    ObjectNode draft = dossier.objectNode();
    for (String key : List.of("fullName", "gender", "dateOfBirth", "placeOfBirth", "hometown", "ethnicityCode",
        "religionCode", "citizenIdNumber", "citizenIdIssueDate", "contactPhone", "currentResidence",
        "occupationBeforeRecruitment", "firstRecruitmentDate")) {
      if (dossier.has(key)) {
        draft.set(key, dossier.get(key));
      }
    }
    return draft;
  }

  private static Result run(int lifecycles, int users, Samples samples, List<String> ids, IntConsumer lifecycle) {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    AtomicInteger failed = new AtomicInteger();
    Map<Integer, Throwable> errors = new HashMap<>();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < lifecycles; i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        try {
          lifecycle.accept(index);
        } catch (RuntimeException e) {
          failed.incrementAndGet();
          synchronized (errors) {
            errors.put(index, e);
          }
        }
      }));
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    errors.entrySet().stream().limit(3).forEach(error -> {
      System.out.println("bench: lifecycle " + ids.get(error.getKey()) + " failed: " + error.getValue());
      error.getValue().printStackTrace(System.out);
    });
    return new Result(lifecycles, failed.get(), seconds, samples, ids);
  }
}
