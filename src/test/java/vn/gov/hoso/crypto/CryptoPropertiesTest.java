package vn.gov.hoso.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The keys come from environment variables the way the README and docker-compose.yml set them. */
class CryptoPropertiesTest {

  static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  @Test
  void bindsKeysAndActiveKeyFromEnvironmentVariables() {
    SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
            "HOSO_CRYPTO_KEYS_K2026", KEY, "HOSO_CRYPTO_KEYS_COMPOSE", KEY, "HOSO_CRYPTO_ACTIVE_KEY", "compose",
            "HOSO_CRYPTO_ROTATION_BATCH_SIZE", "50"));

    CryptoProperties properties = new Binder(ConfigurationPropertySources.from(environment))
        .bind("hoso.crypto", CryptoProperties.class).get();

    assertThat(properties.keys()).containsOnlyKeys("k2026", "compose").containsEntry("k2026", KEY);
    assertThat(properties.activeKey()).isEqualTo("compose");
    assertThat(properties.rotationBatchSize()).isEqualTo(50);
    assertThat(new DataCipher(properties).activeKeyId()).isEqualTo("compose");
  }
}
