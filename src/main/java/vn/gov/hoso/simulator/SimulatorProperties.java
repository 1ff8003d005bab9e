package vn.gov.hoso.simulator;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the simulator, prefix {@code hoso.simulator}.
 *
 * @param enabled serve {@code /simulator/csdlqg/**} (environment {@code HOSO_SIMULATOR_ENABLED}); the demo default
 * @param trustAnchors PEM roots whose signatures the simulator accepts; empty = the CA of this application's own sync
 *     key (demo)
 */
@ConfigurationProperties("hoso.simulator")
public record SimulatorProperties(boolean enabled, List<Path> trustAnchors) {

  public SimulatorProperties {
    trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
  }
}
