package vn.gov.hoso.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.support.IntegrationTest;

/** Refusals of the campaign API: who may launch, what a launch needs, who sees which dashboard. */
@IntegrationTest
class CampaignApiIT {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired CampaignService campaigns;
  @Autowired OrganisationService organisation;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @Test
  void refusesALaunchByAnyoneButTheAdministrator() throws Exception {
    for (String user : new String[] {"stc.daumoi", "snv.giamdoc", "033080002345"}) {
      launchAs(user, "{\"name\":\"Rà soát\",\"unitId\":\"STC\",\"deadline\":\"" + inAMonth() + "\"}")
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value("administratorOnly"));
    }
  }

  @Test
  void answersABadLaunchWithAProblemInVietnameseAndEnglish() throws Exception {
    launchAs("admin", "{\"name\":\"Rà soát\",\"unitId\":\"STC\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("badRequest"))
        .andExpect(jsonPath("$.titleVi").isNotEmpty()).andExpect(jsonPath("$.titleEn").isNotEmpty());
    launchAs("admin", "{\"name\":\"Rà soát\",\"unitId\":\"STC\",\"deadline\":\"05/05/2027\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unreadableBody"));
    launchAs("admin", "{\"name\":\"Rà soát\",\"unitId\":\"STC\",\"deadline\":\"2020-05-05\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("campaignInvalid"))
        .andExpect(jsonPath("$.detailVi").value(org.hamcrest.Matchers.containsString("hạn khai báo")))
        .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("deadline")));
    launchAs("admin", "{\"name\":\"Rà soát\",\"unitId\":\"KHONG-CO\",\"deadline\":\"" + inAMonth() + "\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unitNotFound"));
  }

  @Test
  void refusesTheDashboardOutsideTheCallersScope() throws Exception {
    String stc = campaigns.launch(new LaunchCampaign("Rà soát Sở Tài chính", "STC", inAMonth()), "admin").id();
    String province = campaigns.launch(new LaunchCampaign("Rà soát toàn tỉnh", "HY", inAMonth()), "admin").id();

    mvc.perform(get("/api/campaigns/{id}/dashboard", stc).with(httpBasic("th.daumoi", demoPassword)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("campaignForbidden"));
    mvc.perform(get("/api/campaigns/{id}/dashboard/people", stc).with(httpBasic("th.daumoi", demoPassword)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/campaigns/{id}/dashboard", province).param("unitId", "TH-HN")
            .with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("unitOutOfScope"));
    mvc.perform(get("/api/campaigns/{id}/dashboard", province).with(httpBasic("033080002345", demoPassword)))
        .andExpect(status().isForbidden());
    // inside the scope: the officer's own unit, even when the campaign covers the province
    mvc.perform(get("/api/campaigns/{id}/dashboard", province).with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.unitId").value("STC"));
    mvc.perform(get("/api/campaigns/{id}/dashboard/people", province).param("state", "SOMETHING")
            .with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("badParameter"));
    mvc.perform(get("/api/campaigns/{id}", "khong-co").with(httpBasic("admin", demoPassword)))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("campaignNotFound"));
  }

  private ResultActions launchAs(String user, String body) throws Exception {
    return mvc.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body)
        .with(httpBasic(user, demoPassword)));
  }

  private LocalDate inAMonth() {
    return organisation.today().plusDays(30);
  }
}
