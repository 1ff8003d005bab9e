package vn.gov.hoso.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.signing.CertificateOwners;
import vn.gov.hoso.signing.SignerKeys;
import vn.gov.hoso.signing.SigningService;

/**
 * Beans of the signing module from {@link SigningProperties}: the {@link SigningService} with the configured trust
 * anchors (plus the demo CA with demo keys) and timestamp authority, the PKCS#12 key source, and in the demo the
 * generation of the demo keys.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SigningConfiguration.class);

  @Bean
  @ConditionalOnProperty(prefix = "hoso.signing", name = "demo-keys", havingValue = "true")
  DemoSigningKeys demoSigningKeys(SigningProperties properties, Clock clock) {
    return DemoSigningKeys.prepare(properties, clock);
  }

  /** Issues the demo heads' keys once the demo accounts exist (after {@code DemoData}), named as their accounts. */
  @Bean
  @Order(200)
  @ConditionalOnProperty(prefix = "hoso.signing", name = "demo-keys", havingValue = "true")
  ApplicationRunner demoSigningKeysIssuer(DemoSigningKeys keys, OrganisationService organisation) {
    return args -> keys.issue(user -> organisation.account(user).map(Account::displayName).orElse(user));
  }

  @Bean
  SigningService signingService(SigningProperties properties, Clock clock,
      ObjectProvider<DemoSigningKeys> demoKeys) {
    List<Path> files = new ArrayList<>(properties.trustAnchors());
    if (demoKeys.getIfAvailable() != null) {
      files.add(properties.demoCaCertificate());
    }
    List<X509Certificate> anchors = files.stream().map(SigningConfiguration::certificate).toList();
    if (anchors.isEmpty()) {
      LOG.warn("hoso.signing.trust-anchors is empty: every signature will be refused as untrusted");
    }
    return new SigningService(anchors, CertificateOwners.bySubjectUid(), clock, properties.tsaUrl());
  }

  @Bean
  SignerKeys signerKeys(SigningProperties properties) {
    return new Pkcs12SignerKeys(properties.keysDirectory());
  }

  static X509Certificate certificate(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the trust anchor " + pem, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("not an X.509 certificate: " + pem, e);
    }
  }
}
