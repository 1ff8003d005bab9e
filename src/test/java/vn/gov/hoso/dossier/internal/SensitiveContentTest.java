package vn.gov.hoso.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.crypto.CryptoProperties;
import vn.gov.hoso.crypto.DataCipher;
import vn.gov.hoso.crypto.DecryptionException;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.schema.DossierSchema;

/** A dossier document split into its plain and its encrypted part, and joined back. */
class SensitiveContentTest {

  static final String ID = "038185011234";

  final ObjectMapper json = new ObjectMapper();
  final SensitiveContent content = new SensitiveContent(cipher(), new DossierSchema(), json);

  @Test
  void storesNoSensitiveValueInThePlainPartAndJoinsTheWholeDocumentBack() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.put("healthStatus", "Tăng huyết áp độ 2");

    StoredContent stored = content.seal(dossier, SensitiveContent.versionOf(ID, 1));

    assertThat(stored.plain()).doesNotContain("Tăng huyết áp", "healthStatus", "detentionHistory", "familyMembers",
        "plannedTitles", "householdEconomy", "formerRegimeService", "foreignOrganisationTies", "familyBackground");
    assertThat(stored.plain()).contains("fullName");
    assertThat(stored.sensitive()).startsWith("v1.").doesNotContain("Tăng huyết áp");
    assertThat(content.open(stored, SensitiveContent.versionOf(ID, 1))).isEqualTo(dossier);
  }

  @Test
  void refusesAVersionsEncryptedPartCopiedIntoAnotherVersion() {
    StoredContent v1 = content.seal(DossierFixtures.aCivilServantDossier(), SensitiveContent.versionOf(ID, 1));

    assertThatThrownBy(() -> content.open(v1, SensitiveContent.versionOf(ID, 2)))
        .isInstanceOf(DecryptionException.class);
    assertThatThrownBy(() -> content.open(v1, SensitiveContent.draftOf(ID))).isInstanceOf(DecryptionException.class);
  }

  @Test
  void leavesOutTheSensitiveFieldsWithoutDecryptingAlsoFromLegacyRows() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    StoredContent legacy = new StoredContent(dossier.toString(), null, null);

    ObjectNode plain = content.withoutSensitive(legacy);

    assertThat(plain.has("healthStatus")).isFalse();
    assertThat(plain.has("familyMembers")).isFalse();
    assertThat(plain.get("fullName")).isEqualTo(dossier.get("fullName"));
    assertThat(content.open(legacy, SensitiveContent.draftOf(ID))).isEqualTo(dossier);
  }

  private static DataCipher cipher() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new DataCipher(new CryptoProperties(Map.of("t1", Base64.getEncoder().encodeToString(key)), "t1", null, 0));
  }
}
