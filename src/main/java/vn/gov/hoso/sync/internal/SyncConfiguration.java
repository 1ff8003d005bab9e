package vn.gov.hoso.sync.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import vn.gov.hoso.signing.OrganisationSigner;
import vn.gov.hoso.sync.NationalRegistry;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.sync.SignedArtefacts;
import vn.gov.hoso.sync.SyncProperties;

/** Beans of the sync module: the Sở Nội vụ key, the HTTP adapter, the default signed-artefacts source. */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

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
  NationalRegistry nationalRegistry(SyncProperties properties, SslBundles bundles, LocalServerPort localPort) {
    ClientHttpRequestFactorySettings settings = ClientHttpRequestFactorySettings.defaults()
        .withTimeouts(properties.connectTimeout(), properties.readTimeout());
    if (properties.sslBundle() != null && !properties.sslBundle().isBlank()) {
      settings = settings.withSslBundle(bundles.getBundle(properties.sslBundle()));
    }
    RestClient client = RestClient.builder()
        // HTTP/1.1: no h2c upgrade attempt on plain HTTP (the simulator, test labs); TLS negotiates by ALPN anyway
        .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
            .withHttpClientCustomizer(builder -> builder.version(HttpClient.Version.HTTP_1_1)).build(settings))
        .build();
    String url = properties.url();
    return new HttpNationalRegistry(client,
        url == null || url.isBlank() ? localPort::simulator : () -> URI.create(url));
  }

  @Bean
  @ConditionalOnMissingBean(SignedArtefacts.class)
  SignedArtefacts signedArtefacts(DossierService dossiers) {
    return new StoredArtefacts(dossiers);
  }
}
