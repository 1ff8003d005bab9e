package vn.gov.hoso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.DossierFixtures;

class CanonicalJsonTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void givesTheSameBytesWhenOnlyTheKeyOrderDiffers() throws Exception {
    JsonNode one = json.readTree("{\"hoTen\": \"Bùi Thị Thủy\", \"b\": {\"z\": 1, \"a\": [3.99, true, null]}}");
    JsonNode other = json.readTree("{ \"b\" : { \"a\" : [ 3.99, true, null ], \"z\" : 1 },\n \"hoTen\" : \"Bùi Thị Thủy\" }");

    assertThat(CanonicalJson.bytes(one)).isEqualTo(CanonicalJson.bytes(other));
    assertThat(new String(CanonicalJson.bytes(one), StandardCharsets.UTF_8))
        .isEqualTo("{\"b\":{\"a\":[3.99,true,null],\"z\":1},\"hoTen\":\"Bùi Thị Thủy\"}");
  }

  @Test
  void writesVietnameseAsUtf8WithoutEscapesWhenSerialisingTheFixture() {
    byte[] bytes = CanonicalJson.bytes(DossierFixtures.aCivilServantDossier());

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"fullName\":\"Bùi Thị Thủy\"")
        .doesNotContain("\\u").startsWith("{\"").doesNotStartWith("{ ");
  }

  @Test
  void changesTheBytesWhenOneValueChanges() {
    var changed = DossierFixtures.aCivilServantDossier().put("fullName", "Bùi Thị Thuỷ");

    assertThat(CanonicalJson.bytes(changed)).isNotEqualTo(CanonicalJson.bytes(DossierFixtures.aCivilServantDossier()));
  }
}
