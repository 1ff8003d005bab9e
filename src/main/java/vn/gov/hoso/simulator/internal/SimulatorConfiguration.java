package vn.gov.hoso.simulator.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.sync.NationalTrustAnchors;

/** The demo's national trust anchor: the certificate of the simulator's answer key (unless PEM files are set). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hoso.simulator", name = "enabled", havingValue = "true")
class SimulatorConfiguration {

  @Bean
  NationalTrustAnchors simulatorTrustAnchors(NationalDatabaseSimulator simulator) {
    return new NationalTrustAnchors(simulator.answerTrustAnchors());
  }
}
