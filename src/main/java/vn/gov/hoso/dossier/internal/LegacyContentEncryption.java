package vn.gov.hoso.dossier.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At startup, encrypts the sensitive fields of dossiers and versions stored before encryption existed (databases of
 * earlier runs), so no sensitive value stays in plain JSON. Rows already encrypted are not touched.
 */
@Component
@Order(-50)
class LegacyContentEncryption implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyContentEncryption.class);

  private final SensitiveDataRotation rotation;

  LegacyContentEncryption(SensitiveDataRotation rotation) {
    this.rotation = rotation;
  }

  @Override
  public void run(ApplicationArguments args) {
    SensitiveDataRotation.Outcome outcome = rotation.encryptLegacy();
    if (outcome.dossiers() + outcome.versions() + outcome.skipped() > 0) {
      LOG.info("Encrypted the sensitive fields of {} dossiers and {} versions stored in plain text ({} left)",
          outcome.dossiers(), outcome.versions(), outcome.skipped());
    }
  }
}
