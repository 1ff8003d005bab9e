package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.crypto.CryptoProperties;
import vn.gov.hoso.crypto.DataCipher;
import vn.gov.hoso.dossier.internal.SensitiveContent;
import vn.gov.hoso.dossier.internal.StoredContent;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SensitiveDossiers;
import vn.gov.hoso.support.TestEmployees;

/**
 * Key rotation on the real database: the application runs with two keys generated for this run (the active
 * {@code rotation-new}, the retired {@code rotation-old}); rows stored under the retired key still read, and the
 * administrator's re-encryption moves them to the active key with the same plaintext (versions, CV included). Its own
 * application context (other keys), without the generated key file of the other tests.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SensitiveDossiers.class})
class KeyRotationIT {

  static final String OLD = randomKey();
  static final String NEW = randomKey();

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry registry) {
    registry.add("hoso.crypto.keys.rotation-old", () -> OLD);
    registry.add("hoso.crypto.keys.rotation-new", () -> NEW);
    registry.add("hoso.crypto.active-key", () -> "rotation-new");
    registry.add("hoso.crypto.key-file", () -> "");
    registry.add("hoso.crypto.rotation-batch-size", () -> "2");
  }

  @Autowired MockMvc mvc;
  @Autowired SensitiveDossiers dossiers;
  @Autowired DossierSchema schema;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @Test
  void reencryptsRowsOfTheRetiredKeyToTheActiveOneAndEverythingStillReads() throws Exception {
    String health = SensitiveDossiers.marker("Thoái hóa cột sống");
    String cccd = dossiers.submittedWith(health, SensitiveDossiers.marker("Ở nước ngoài từ năm"));
    assertThat(dossiers.keyIds(cccd)).containsExactly("rotation-new", "rotation-new");
    JsonNode current = data(cccd, "/api/dossiers/{cccd}");
    JsonNode version = data(cccd, "/api/dossiers/{cccd}/versions/1");
    SensitiveContent retired = new SensitiveContent(new DataCipher(
        new CryptoProperties(Map.of("rotation-old", OLD), "rotation-old", null, 0)), schema, json);
    store(cccd, 0, retired.seal((ObjectNode) current, SensitiveContent.draftOf(cccd)));
    store(cccd, 1, retired.seal((ObjectNode) version, SensitiveContent.versionOf(cccd, 1)));
    assertThat(dossiers.keyIds(cccd)).containsExactly("rotation-old", "rotation-old");
    assertThat(data(cccd, "/api/dossiers/{cccd}")).isEqualTo(current);

    mvc.perform(post("/api/admin/crypto/rotate").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.activeKey").value("rotation-new"));

    assertThat(dossiers.keyIds(cccd)).containsExactly("rotation-new", "rotation-new");
    assertThat(dossiers.rawRows(cccd)).allSatisfy(row -> assertThat(row).doesNotContain(health, "rotation-old"));
    assertThat(data(cccd, "/api/dossiers/{cccd}")).isEqualTo(current);
    assertThat(data(cccd, "/api/dossiers/{cccd}/versions/1")).isEqualTo(version);
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/admin/crypto").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dossiersByKey['rotation-old']").doesNotExist())
        .andExpect(jsonPath("$.versionsByKey['rotation-old']").doesNotExist());
  }

  private void store(String cccd, int number, StoredContent stored) {
    dossiers.overwrite(cccd, number, stored.plain(), stored.sensitive(), stored.keyId());
  }

  private JsonNode data(String cccd, String path) throws Exception {
    return json.readTree(mvc.perform(get(path, cccd).with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).get("data");
  }

  private RequestPostProcessor admin() {
    return httpBasic("admin", demoPassword);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
