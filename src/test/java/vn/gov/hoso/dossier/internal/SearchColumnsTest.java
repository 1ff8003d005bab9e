package vn.gov.hoso.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class SearchColumnsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void takesTheHighestPoliticalTheoryLevelOfTheCertificatesWhateverTheDiacritics() {
    ArrayNode rows = json.createArrayNode();
    rows.addObject().put("certificate", "Bằng trung cấp lý luận chính trị");
    rows.addObject().put("certificate", "CAO CAP LY LUAN CHINH TRI - HANH CHINH");
    rows.addObject().put("certificate", "Chứng chỉ sơ cấp");

    assertThat(SearchColumns.politicalTheoryLevel(rows)).isEqualTo("Cao cấp");
  }

  @Test
  void leavesThePoliticalTheoryLevelEmptyWithoutACertificate() {
    ArrayNode rows = json.createArrayNode();
    rows.addObject().put("institution", "Trường Chính trị tỉnh Hưng Yên");

    assertThat(SearchColumns.politicalTheoryLevel(rows)).isNull();
  }
}
