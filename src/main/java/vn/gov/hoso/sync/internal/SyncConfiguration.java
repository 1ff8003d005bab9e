package vn.gov.hoso.sync.internal;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import vn.gov.hoso.signing.OrganisationSigner;
import vn.gov.hoso.sync.NationalRegistry;
import vn.gov.hoso.sync.NationalTrustAnchors;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.sync.SignedArtefacts;
import vn.gov.hoso.sync.SyncProperties;

/** Beans of the sync module: the Sở Nội vụ key, the HTTP adapter, the default signed-artefacts source. */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SyncConfiguration.class);

  @Bean
  OrganisationSigner syncSigner(SyncProperties properties, Clock clock) {
    SyncProperties.Signer signer = properties.signer();
    if (signer.isGenerated()) {
      return OrganisationSigner.generated(signer.username(), signer.displayName(), clock);
    }
    if (signer.pin() == null || signer.pin().isEmpty()) {
      throw new IllegalStateException("hoso.sync.signer.pin (HOSO_SYNC_KEY_PIN) is required with a key file");
    }
    return OrganisationSigner.fromPkcs12(signer.username(), signer.keysDirectory(), signer.pin().toCharArray(),
        signer.trustAnchors(), clock);
  }

  @Bean
  @ConditionalOnMissingBean(NationalRegistry.class)
  NationalRegistry nationalRegistry(SyncProperties properties, SslBundles bundles, LocalServerPort localPort,
      ObjectProvider<NationalTrustAnchors> demoAnchors, Clock clock) {
    RestClient client = HttpNationalRegistry.client(properties.connectTimeout(), properties.readTimeout(),
        properties.sslBundle() == null || properties.sslBundle().isBlank() ? null
            : bundles.getBundle(properties.sslBundle()));
    String url = properties.url();
    Supplier<List<X509Certificate>> anchors = () -> {
      if (!properties.nationalTrustAnchors().isEmpty()) {
        return OrganisationSigner.certificates(properties.nationalTrustAnchors());
      }
      NationalTrustAnchors simulator = demoAnchors.getIfAvailable();
      if (simulator == null) {
        LOG.warn("hoso.sync.national-trust-anchors is empty: every answer of the national database is refused");
        return List.of();
      }
      return simulator.certificates();
    };
    return new HttpNationalRegistry(client,
        url == null || url.isBlank() ? localPort::simulator : () -> URI.create(url),
        new NationalAnswerVerifier(anchors, clock));
  }

  @Bean
  @ConditionalOnMissingBean(SignedArtefacts.class)
  SignedArtefacts signedArtefacts(DossierService dossiers) {
    return new StoredArtefacts(dossiers);
  }
}
