package vn.gov.hoso.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.signing.SignerKey;

class Pkcs12SignerKeysTest {

  static final Instant NOW = Instant.parse("2026-03-16T02:00:00Z");

  @TempDir
  Path directory;

  @Test
  void opensTheKeyWithItsCertificateAndTheRootWhenThePinIsRight() {
    TestCertificateAuthority ca = TestCertificateAuthority.create("Test Root", NOW);
    ca.issuePkcs12(directory, "stc.thutruong", "Nguyễn Thị Lan", "123456".toCharArray(), NOW,
        NOW.plus(Duration.ofDays(365)), TestCertificateAuthority.SIGNER_KEY_USAGE);

    try (SignerKey key = new Pkcs12SignerKeys(directory).unlock("stc.thutruong", "123456".toCharArray())) {
      assertThat(key.chain()).hasSize(2);
      assertThat(Certificates.subjectName(key.chain().get(0))).isEqualTo("Nguyễn Thị Lan");
      assertThat(Certificates.subjectUid(key.chain().get(0))).contains("stc.thutruong");
      assertThat(key.chain().get(0).getKeyUsage()).startsWith(true, true);
      assertThat(key.chain().get(1)).isEqualTo(ca.certificate());
    }
  }

  @Test
  void refusesWhenThePinIsWrong() {
    TestCertificateAuthority.create("Test Root", NOW).issuePkcs12(directory, "stc.thutruong", "Nguyễn Thị Lan",
        "123456".toCharArray(), NOW, NOW.plus(Duration.ofDays(365)), TestCertificateAuthority.SIGNER_KEY_USAGE);

    assertThatThrownBy(() -> new Pkcs12SignerKeys(directory).unlock("stc.thutruong", "654321".toCharArray()))
        .isInstanceOfSatisfying(BusinessException.class,
            refusal -> assertThat(refusal.code()).isEqualTo("signingPinWrong"))
        .hasMessageNotContaining("654321");
  }

  @Test
  void refusesWhenTheUserHasNoKeyOrTheNameIsAPath() {
    Pkcs12SignerKeys keys = new Pkcs12SignerKeys(directory);

    for (String username : new String[] {"stc.ketoan", "../etc/passwd"}) {
      assertThatThrownBy(() -> keys.unlock(username, "123456".toCharArray()))
          .isInstanceOfSatisfying(BusinessException.class,
              refusal -> assertThat(refusal.code()).isEqualTo("signingKeyNotFound"));
    }
  }
}
