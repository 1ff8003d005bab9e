package vn.gov.hoso.workflow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ids of the latest deployed versions of decisions, remembered for a few seconds: the engine's own lookup of a
 * latest version is a database query each time, and {@link Deadlines} needs one for every timer and due date it
 * computes (two to three per declaration started). Forgotten at once when this node deploys anything
 * ({@code EngineConfiguration} registers a post-deployer), and not trusted once the engine's deployment cache no
 * longer holds the definition (its deployment was deleted here); a version deployed or deleted by another node of a
 * cluster is seen here after at most {@link #TIME_TO_LIVE}.
 */
@Component
public class LatestDefinitionIds {

  /** How long an id is trusted without asking the database again. */
  public static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

  private final Map<String, Remembered> ids = new ConcurrentHashMap<>();
  private volatile @Nullable DeploymentCache deployed;

  /** Set by the engine configuration once the engine is built. */
  public void useDeploymentCache(DeploymentCache cache) {
    this.deployed = cache;
  }

  /** The remembered id of a decision definition for {@code key}, or what {@code lookup} finds (then remembered). */
  public String get(String key, Supplier<String> lookup) {
    long now = System.nanoTime();
    Remembered known = ids.get(key);
    DeploymentCache cache = deployed;
    if (known == null || now - known.since() > TIME_TO_LIVE.toNanos()
        || cache != null && cache.getDecisionDefinitionCache().get(known.id()) == null) {
      known = new Remembered(lookup.get(), now);
      ids.put(key, known);
    }
    return known.id();
  }

  /** Forgets every id (something was deployed). */
  public void forget() {
    ids.clear();
  }

  private record Remembered(String id, long since) {}
}
