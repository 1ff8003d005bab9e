package vn.gov.hoso.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.signing.CanonicalJson;

/** The national payload of a signed version (docs/national-sync.md). */
class PayloadBuilderTest {

  static final Instant SIGNED = Instant.parse("2026-11-25T03:00:00Z");

  @Test
  void givesOneIdempotencyKeyPerDossierVersion() {
    assertThat(PayloadBuilder.idempotencyKey("038185011234", 2)).isEqualTo("038185011234-v2");
    assertThat(PayloadBuilder.idempotencyKey("038185011234", 3))
        .isNotEqualTo(PayloadBuilder.idempotencyKey("038185011234", 2));
  }

  @Test
  void sendsTheFieldsByTheirIdentifiersWithCodesAndKeepsLocalOnlyFieldsHome() {
    ObjectNode version = DossierFixtures.aCivilServantDossier();
    version.put("employingUnitId", "STC-NS");
    version.put("managingAgencyId", "STC");

    ObjectNode record = PayloadBuilder.record("038185011234", 2, SIGNED, version, null);

    assertThat(record.path("citizenId").asText()).isEqualTo("038185011234");
    assertThat(record.path("versionNumber").asInt()).isEqualTo(2);
    assertThat(record.path("signedAt").asText()).isEqualTo("2026-11-25T03:00:00Z");
    assertThat(record.path("fields").path("ethnicityCode").asText()).isEqualTo("01");
    assertThat(record.path("fields").path("hometown").path("provinceCode").asText()).isEqualTo("38");
    assertThat(record.path("fields").path("salaryHistory").size()).isEqualTo(version.path("salaryHistory").size());
    assertThat(record.path("fields").has("photo")).isFalse();
    assertThat(record.path("fields").has("employingUnitId")).isFalse();
    assertThat(record.path("fields").has("dossierId")).isFalse();
    assertThat(record.get("headSignature").isNull()).isTrue();
  }

  @Test
  void carriesTheHeadSignatureWhenTheVersionIsSigned() {
    ObjectNode record = PayloadBuilder.record("038185011234", 1, SIGNED, DossierFixtures.aCivilServantDossier(),
        "eyJhbGciOiJSUzI1NiJ9..c2ln");

    assertThat(record.path("headSignature").asText()).isEqualTo("eyJhbGciOiJSUzI1NiJ9..c2ln");
  }

  @Test
  void wrapsTheSignedRecordInTheEnvelopeUnchanged() {
    ObjectNode record = PayloadBuilder.record("038185011234", 1, SIGNED, DossierFixtures.aCivilServantDossier(), null);
    byte[] signedBytes = CanonicalJson.bytes(record);

    ObjectNode envelope = PayloadBuilder.envelope("038185011234-v1", "33", "Sở Nội vụ tỉnh Hưng Yên", record, "jws");

    assertThat(envelope.path("schema").asText()).isEqualTo(PayloadBuilder.SCHEMA);
    assertThat(envelope.path("idempotencyKey").asText()).isEqualTo("038185011234-v1");
    assertThat(envelope.path("sender").path("provinceCode").asText()).isEqualTo("33");
    assertThat(envelope.path("signature").asText()).isEqualTo("jws");
    assertThat(CanonicalJson.bytes(envelope.get("record"))).isEqualTo(signedBytes);
  }
}
