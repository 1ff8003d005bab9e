package vn.gov.hoso.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** Durations per named step (milliseconds), collected from several threads; percentiles by nearest rank. */
final class Samples {

  private final Map<String, ConcurrentLinkedQueue<Double>> steps = new ConcurrentHashMap<>();
  private final List<String> order = Collections.synchronizedList(new ArrayList<>());

  /** Runs the action and records its wall time under {@code step}. */
  <T> T time(String step, Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    add(step, (System.nanoTime() - start) / 1e6);
    return result;
  }

  void time(String step, Runnable action) {
    time(step, () -> {
      action.run();
      return null;
    });
  }

  void add(String step, double millis) {
    steps.computeIfAbsent(step, s -> {
      order.add(s);
      return new ConcurrentLinkedQueue<>();
    }).add(millis);
  }

  List<String> steps() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }

  int count(String step) {
    return values(step).size();
  }

  double percentile(String step, double p) {
    return percentile(values(step), p);
  }

  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  List<Double> values(String step) {
    return new ArrayList<>(steps.getOrDefault(step, new ConcurrentLinkedQueue<>()));
  }

  /** Waits (polling every 10 ms) until the condition holds; fails after the timeout. */
  static void await(String what, long timeoutMillis, Supplier<Boolean> condition) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!condition.get()) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + what, e);
      }
    }
  }
}
