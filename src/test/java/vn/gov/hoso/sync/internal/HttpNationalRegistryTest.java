package vn.gov.hoso.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.sync.NationalRecord;

class HttpNationalRegistryTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void readsTheNationalAnswerAsARecord() throws Exception {
    JsonNode body = json.readTree("""
        {"citizenId":"001187023456","versionNumber":3,"provinceCode":"01","signedAt":"2026-10-20T03:00:00Z",
         "fields":{"fullName":"Trịnh Thị Chuyển","religionCode":"00"}}""");

    NationalRecord record = HttpNationalRegistry.recordOf(body, "001187023456");

    assertThat(record.versionNumber()).isEqualTo(3);
    assertThat(record.provinceCode()).isEqualTo("01");
    assertThat(record.signedAt()).isEqualTo(Instant.parse("2026-10-20T03:00:00Z"));
    assertThat(record.fields().path("fullName").asText()).isEqualTo("Trịnh Thị Chuyển");
  }

  @Test
  void anUnsignedRecordHasNoSigningTime() throws Exception {
    JsonNode body = json.readTree("""
        {"citizenId":"001187023456","versionNumber":1,"provinceCode":"01","signedAt":null,"fields":{}}""");

    assertThat(HttpNationalRegistry.recordOf(body, "001187023456").signedAt()).isNull();
  }

  @Test
  void refusesTheRecordOfAnotherPersonOrWithoutFields() throws Exception {
    assertThatThrownBy(() -> HttpNationalRegistry.recordOf(json.readTree("""
        {"citizenId":"038185011234","versionNumber":1,"provinceCode":"01","fields":{}}"""), "001187023456"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> HttpNationalRegistry.recordOf(json.readTree("""
        {"citizenId":"001187023456","versionNumber":1,"provinceCode":"01"}"""), "001187023456"))
        .isInstanceOf(IllegalStateException.class);
  }
}
