package vn.gov.hoso.workflow.signing;

import jakarta.annotation.PreDestroy;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.signing.DossierSigning;
import vn.gov.hoso.signing.SignerKey;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Batch signing: the head selects open signing tasks (by dossier, or all of them) and signs them with one PIN entry.
 * The key is opened once, the PIN wiped at once; the key stays open only in memory while the batch runs and is closed
 * at its end. Each dossier gets its own signatures and its own task completion, each in its own transaction, so one
 * failure does not stop or undo the others; progress and per-dossier errors are kept in memory (lost on restart, the
 * tasks then simply remain open). The dossiers of a batch are signed by several workers at once
 * ({@code hoso.signing.batch-workers}, default: one per processor; rendering the CV is most of the work); the key's
 * signature operation itself is called by one worker at a time, as a hardware token requires.
 *
 * <p>Only the signing tasks the head may work on (candidate through their groups, or assigned to them) are taken;
 * {@link DossierSigning} checks again that the signer is a head of the dossier's unit.
 */
@Service
public class SigningBatches {

  /** Element id of the signing task in {@code dossier-signing}. */
  public static final String SIGN_TASK = "SignDossierUserTask";

  private static final Logger LOG = LoggerFactory.getLogger(SigningBatches.class);

  private final TaskService tasks;
  private final IdentityService identity;
  private final DossierSigning signing;
  private final Messages messages;
  private final Clock clock;
  private final ExecutorService executor = Executors.newFixedThreadPool(2, daemon("signing-batch"));
  private final ExecutorService workers;
  private final int workerCount;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();

  public SigningBatches(TaskService tasks, IdentityService identity, DossierSigning signing, Messages messages,
      Clock clock, @Value("${hoso.signing.batch-workers:0}") int batchWorkers) {
    this.tasks = tasks;
    this.identity = identity;
    this.signing = signing;
    this.messages = messages;
    this.clock = clock;
    this.workerCount = batchWorkers > 0 ? batchWorkers : Runtime.getRuntime().availableProcessors();
    this.workers = Executors.newFixedThreadPool(workerCount, daemon("signing-worker"));
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Starts signing the signer's open signing tasks of {@code dossierIds} (all of them when null or empty) in the
   * background. The PIN is checked first (a wrong PIN fails here, nothing started) and wiped.
   *
   * @throws BusinessException {@code signingBatchEmpty} when no such task waits for the signer;
   *     {@code signingPinWrong}, {@code signingKeyNotFound} from the key
   */
  public SigningBatch start(String signer, @Nullable List<String> dossierIds, char[] pin) {
    List<String> groups = groupsOf(signer);
    List<Task> open;
    try {
      open = openTasks(signer, groups, dossierIds);
      if (open.isEmpty()) {
        throw new BusinessException("signingBatchEmpty", ErrorKind.INVALID);
      }
    } catch (RuntimeException e) {
      Arrays.fill(pin, '\0');
      throw e;
    }
    SignerKey key = signing.unlock(signer, pin);
    List<Entry> entries = open.stream().map(task -> new Entry(task.getId(),
        (String) tasks.getVariable(task.getId(), ProcessVariables.DOSSIER_ID), versionOf(task))).toList();
    Run run = new Run(UUID.randomUUID().toString(), signer, clock.instant(), entries);
    runs.put(run.id, run);
    run.completion = CompletableFuture.runAsync(() -> execute(run, groups, key), executor);
    return run.view();
  }

  /**
   * The batch's progress.
   *
   * @throws BusinessException {@code signingBatchNotFound} unless the batch exists and is the caller's
   */
  public SigningBatch progress(String batchId, String caller) {
    Run run = runs.get(batchId);
    if (run == null || !run.signer.equals(caller)) {
      throw new BusinessException("signingBatchNotFound", ErrorKind.NOT_FOUND, batchId);
    }
    return run.view();
  }

  /** Waits until the batch is finished (benchmarks and tests); returns its final state. */
  public SigningBatch await(String batchId, Duration timeout) {
    Run run = Objects.requireNonNull(runs.get(batchId), batchId);
    try {
      run.completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("batch " + batchId + " did not finish", e);
    }
    return run.view();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
    workers.shutdownNow();
  }

  /** Signs the entries with up to {@link #workerCount} workers taking the next entry in turn; closes the key after. */
  private void execute(Run run, List<String> groups, SignerKey key) {
    try (key) {
      SignerKey oneAtATime = new SerialisedKey(key);
      AtomicInteger next = new AtomicInteger();
      int count = Math.min(workerCount, run.entries.size());
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (int w = 0; w < count; w++) {
        running.add(CompletableFuture.runAsync(() -> {
          for (int i = next.getAndIncrement(); i < run.entries.size(); i = next.getAndIncrement()) {
            signOne(run, i, groups, oneAtATime);
          }
        }, workers));
      }
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }
  }

  private void signOne(Run run, int i, List<String> groups, SignerKey key) {
    Entry entry = run.entries.get(i);
    String dossierId = entry.dossierId;
    try {
      signing.sign(dossierId, entry.version, run.signer, key);
      identity.setAuthentication(run.signer, groups);
      try {
        tasks.complete(entry.taskId);
      } finally {
        identity.clearAuthentication();
      }
      run.signed(i);
    } catch (BusinessException e) {
      run.failed(i, messages.vi("error." + e.code() + ".detail", e.args()),
          messages.en("error." + e.code() + ".detail", e.args()));
    } catch (RuntimeException e) {
      LOG.warn("batch {}: dossier {} not signed", run.id, dossierId, e);
      run.failed(i, messages.vi("error.signingBatchTechnical.detail", List.of()),
          messages.en("error.signingBatchTechnical.detail", List.of()));
    }
  }

  /** The batch's key for its workers: one signature operation at a time; closed by the batch, not by a worker. */
  private record SerialisedKey(SignerKey key) implements SignerKey {

    @Override
    public List<X509Certificate> chain() {
      return key.chain();
    }

    @Override
    public byte[] sign(byte[] dataToSign) {
      synchronized (key) {
        return key.sign(dataToSign);
      }
    }

    @Override
    public void close() {
      // the batch closes the key once every worker is done
    }
  }

  private List<Task> openTasks(String signer, List<String> groups, @Nullable List<String> dossierIds) {
    TaskQuery query = tasks.createTaskQuery().taskDefinitionKey(SIGN_TASK).active()
        .or().taskAssignee(signer).taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups).endOr();
    if (dossierIds != null && !dossierIds.isEmpty()) {
      query.processInstanceBusinessKeyIn(dossierIds.toArray(String[]::new));
    }
    return query.orderByTaskCreateTime().asc().list();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private int versionOf(Task task) {
    return ((Number) tasks.getVariable(task.getId(), ProcessVariables.VERSION_NUMBER)).intValue();
  }

  private record Entry(String taskId, String dossierId, int version) {}

  /** One batch while it runs and after. Items are replaced atomically; views are snapshots. */
  private final class Run {
    final String id;
    final String signer;
    final Instant startedAt;
    final List<Entry> entries;
    final List<SigningBatch.Item> items;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    CompletableFuture<Void> completion = CompletableFuture.completedFuture(null);

    Run(String id, String signer, Instant startedAt, List<Entry> entries) {
      this.id = id;
      this.signer = signer;
      this.startedAt = startedAt;
      this.entries = entries;
      this.items = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        items.add(new SigningBatch.Item(entries.get(i).dossierId, entries.get(i).version, SigningBatch.State.PENDING,
            null, null));
      }
    }

    synchronized void signed(int i) {
      items.set(i, new SigningBatch.Item(entries.get(i).dossierId, entries.get(i).version, SigningBatch.State.SIGNED,
          null, null));
      done.incrementAndGet();
    }

    synchronized void failed(int i, String errorVi, String errorEn) {
      items.set(i, new SigningBatch.Item(entries.get(i).dossierId, entries.get(i).version, SigningBatch.State.FAILED,
          errorVi, errorEn));
      failed.incrementAndGet();
    }

    synchronized SigningBatch view() {
      int total = entries.size();
      return new SigningBatch(id, signer, startedAt, total, done.get(), failed.get(),
          done.get() + failed.get() == total, items);
    }
  }
}
