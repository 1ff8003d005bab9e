package vn.gov.hoso.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.ImportDossier;

class InboundSyncTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void keepsTheNationalFieldsAndDropsTheSendingProvincesLocalIds() throws Exception {
    ObjectNode fields = (ObjectNode) json.readTree("""
        {"fullName":"Trịnh Thị Chuyển","ethnicityCode":"01","dossierId":"001187023456",
         "employingUnitId":"HN-STC","managingAgencyId":"HN-UB","photo":"att-1",
         "hometown":{"provinceCode":"38","communeName":"Xã Hoằng Lộc"},
         "salaryHistory":[{"fromMonth":"09/2008","rankOrTitleCode":"01.003","salaryStep":1}]}""");
    NationalRecord record = new NationalRecord("001187023456", 3, "01", Instant.parse("2026-10-20T03:00:00Z"),
        fields);

    ImportDossier command = InboundSync.toImport(record, "TH-HN");

    assertThat(command.citizenId()).isEqualTo("001187023456");
    assertThat(command.unitId()).isEqualTo("TH-HN");
    assertThat(command.originProvinceCode()).isEqualTo("01");
    assertThat(command.nationalVersion()).isEqualTo(3);
    assertThat(command.signedAt()).isEqualTo(Instant.parse("2026-10-20T03:00:00Z"));
    assertThat(command.content().fieldNames()).toIterable()
        .containsExactlyInAnyOrder("fullName", "ethnicityCode", "hometown", "salaryHistory");
    assertThat(command.content().path("hometown").path("provinceCode").asText()).isEqualTo("38");
    assertThat(command.content().path("salaryHistory").path(0).path("rankOrTitleCode").asText()).isEqualTo("01.003");
    assertThat(fields.has("employingUnitId")).as("the record itself is not changed").isTrue();
  }
}
