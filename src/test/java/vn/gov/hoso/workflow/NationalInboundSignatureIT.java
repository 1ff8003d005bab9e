package vn.gov.hoso.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.NationalRecords;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.sync.InboundSync;

/**
 * The inbound pull checks the national side's signature on its answer: the simulator signs each answer with its own
 * key (header {@code X-JWS-Signature}, detached JAdES over the canonical JSON of the body), the adapter validates it
 * against the national trust anchor (demo default: the simulator's certificate). An answer changed after signing is a
 * 503 problem {@code nationalAnswerUnverified} in Vietnamese and English, and nothing is stored or audited as read.
 */
@IntegrationTest
@TestPropertySource(properties = "hoso.deadlines.rule-set=nd27-2026")
@Import({TestEmployees.class, DeclarationDriver.class, SignedVersions.class})
class NationalInboundSignatureIT {

  @Autowired NationalDatabaseSimulator simulator;
  @Autowired TestEmployees employees;
  @Autowired DossierService dossiers;
  @Autowired AuditService audit;
  @Autowired ObjectMapper json;
  @Autowired MockMvc mvc;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @AfterEach
  void stopTampering() {
    simulator.setTamperAnswers(false);
  }

  @Test
  void aTamperedNationalAnswerIsRefusedAndNothingIsStored() throws Exception {
    String cccd = NationalRecords.seedPersonOfAnotherProvince(simulator, employees, "Vi Thị Giả", 1);
    mvc.perform(get("/simulator/csdlqg/api/v1/persons/" + cccd + "/record"))
        .andExpect(status().isOk()).andExpect(header().string("X-JWS-Signature", Matchers.matchesPattern(
            "[\\w-]+\\.\\.[\\w-]+")));
    simulator.setTamperAnswers(true);

    inbound(cccd).andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.code").value("nationalAnswerUnverified"))
        .andExpect(jsonPath("$.detailVi").value(Matchers.containsString("không có chữ ký số hợp lệ")))
        .andExpect(jsonPath("$.detailEn").value(Matchers.containsString("no valid signature")));

    Assertions.assertThat(dossiers.exists(cccd)).isFalse();
    Assertions.assertThat(audit.eventsOf(cccd)).noneMatch(e -> e.action().equals(InboundSync.AUDIT_READ));

    simulator.setTamperAnswers(false);
    inbound(cccd).andExpect(status().isCreated()).andExpect(jsonPath("$.dossierId").value(cccd));
    Assertions.assertThat(dossiers.read(cccd, "th.daumoi", "test").fullName()).isEqualTo("Vi Thị Giả");
  }

  private ResultActions inbound(String cccd) throws Exception {
    return mvc.perform(post("/api/sync/inbound").with(httpBasic("th.daumoi", demoPassword))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("cccd", cccd, "unitId", "TH-HN"))));
  }
}
