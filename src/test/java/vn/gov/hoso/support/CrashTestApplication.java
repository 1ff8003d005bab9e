package vn.gov.hoso.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.hoso.HosoApplication;

/**
 * The real application in a JVM of its own, for {@code NationalSyncCrashRecoveryIT}: started with {@code seed=N}, it
 * makes N signed dossier versions the way the process tests do (declared, approved, signed with the demo key; the
 * signing transaction writes the outbox row and starts {@code national-sync-record}), prints {@link #SEEDED} and the
 * CCCDs, and waits to be killed. Without {@code seed} it only runs (the restart). All other arguments go to Spring.
 */
public final class CrashTestApplication {

  /** Printed on one line, followed by the CCCDs separated by commas, once the seeded versions are committed. */
  public static final String SEEDED = "CRASH-TEST-SEEDED ";

  private CrashTestApplication() {}

  public static void main(String[] args) throws InterruptedException {
    int seed = Arrays.stream(args).filter(a -> a.startsWith("seed=")).mapToInt(a -> Integer.parseInt(a.substring(5)))
        .findFirst().orElse(0);
    String[] springArgs = Arrays.stream(args).filter(a -> !a.startsWith("seed=")).toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(HosoApplication.class,
        TestEmployees.class, DeclarationDriver.class, SigningDriver.class, SignedVersions.class).run(springArgs);
    if (seed > 0) {
      SignedVersions versions = context.getBean(SignedVersions.class);
      List<String> names = List.of("Nguyễn Thị Sự", "Trần Thị Cố", "Lê Thị Khởi", "Phạm Thị Động", "Vũ Thị Lại");
      List<String> people = new ArrayList<>();
      try {
        for (int i = 0; i < seed; i++) {
          people.add(versions.signedVersion(names.get(i % names.size())));
        }
      } catch (RuntimeException e) {
        e.printStackTrace();
        System.exit(3);
      }
      System.out.println(SEEDED + String.join(",", people));
      System.out.flush();
    }
    Thread.currentThread().join();
  }
}
