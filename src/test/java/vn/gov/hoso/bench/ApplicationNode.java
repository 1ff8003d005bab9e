package vn.gov.hoso.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/hoso-cbccvc-*.jar}) started as a separate process on a port, the way it
 * runs in production: startup time until {@code /actuator/health} answers UP, resident memory from
 * {@code /proc/<pid>/status}.
 */
final class ApplicationNode implements AutoCloseable {

  private final Process process;
  private final int port;
  private final double startupSeconds;

  private ApplicationNode(Process process, int port, double startupSeconds) {
    this.process = process;
    this.port = port;
    this.startupSeconds = startupSeconds;
  }

  /** Starts the jar with these Spring properties and waits until it is healthy. */
  static ApplicationNode start(Path jar, int port, Map<String, String> properties, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g"));
    // extra JVM options of the nodes, e.g. a flight recording: HOSO_BENCH_NODE_JAVA_OPTS
    String options = System.getenv().getOrDefault("HOSO_BENCH_NODE_JAVA_OPTS", "").replace("{port}",
        Integer.toString(port));
    for (String option : options.trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Files.createDirectories(log.getParent());
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.currentTimeMillis() + 300_000;
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application on port " + port + " stopped; see " + log);
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.currentTimeMillis() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the application on port " + port + " did not start; see " + log);
      }
      pause(100);
    }
    return new ApplicationNode(process, port, (System.nanoTime() - start) / 1e9);
  }

  double startupSeconds() {
    return startupSeconds;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** Resident memory now (VmRSS) and at its peak (VmHWM), MiB; NaN where /proc is not available. */
  double[] residentMiB() {
    double rss = Double.NaN;
    double peak = Double.NaN;
    try {
      for (String line : Files.readAllLines(new File("/proc/" + process.pid() + "/status").toPath())) {
        if (line.startsWith("VmRSS:")) {
          rss = kib(line) / 1024.0;
        } else if (line.startsWith("VmHWM:")) {
          peak = kib(line) / 1024.0;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return new double[] {rss, peak};
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
