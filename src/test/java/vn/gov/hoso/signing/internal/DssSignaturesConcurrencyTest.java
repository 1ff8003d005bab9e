package vn.gov.hoso.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.hoso.signing.PreparedSignature;
import vn.gov.hoso.signing.SignatureFormat;
import vn.gov.hoso.signing.SignerKey;

/**
 * Heads of several units sign at the same moment: DSS's JSON-schema check of JAdES is not thread-safe on its own
 * (json-sKema), so without {@link JsonSchemaGuard} some of these signatures failed with an IllegalStateException.
 */
class DssSignaturesConcurrencyTest {

  static final Instant NOW = Instant.parse("2026-12-21T02:00:00Z");

  @TempDir
  Path directory;

  @Test
  void signsEveryDataSignatureWhenManyHeadsSignAtOnce() throws Exception {
    TestCertificateAuthority ca = TestCertificateAuthority.create("Test Root", NOW.minus(Duration.ofDays(1)));
    ca.issuePkcs12(directory, "stc.thutruong", "Trần Văn Quang", "123456".toCharArray(), NOW.minus(Duration.ofDays(1)),
        NOW.plus(Duration.ofDays(365)), TestCertificateAuthority.SIGNER_KEY_USAGE);
    DssSignatures signatures = new DssSignatures(null);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<byte[]>> results = new ArrayList<>();
    try (SignerKey key = new Pkcs12SignerKeys(directory).unlock("stc.thutruong", "123456".toCharArray())) {
      for (int i = 0; i < 64; i++) {
        byte[] json = ("{\"id\":\"038185011234\",\"version\":" + i + ",\"fullName\":\"Bùi Thị Thủy\"}")
            .getBytes(StandardCharsets.UTF_8);
        Callable<byte[]> sign = () -> {
          PreparedSignature prepared = signatures.prepare(SignatureFormat.JADES_DETACHED, json, key.chain(), NOW);
          return signatures.assemble(prepared, key.sign(prepared.dataToSign()));
        };
        results.add(pool.submit(sign));
      }
      for (Future<byte[]> result : results) {
        assertThat(new String(result.get(), StandardCharsets.US_ASCII)).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
