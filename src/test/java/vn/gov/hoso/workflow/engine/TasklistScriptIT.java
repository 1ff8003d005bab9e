package vn.gov.hoso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import vn.gov.hoso.support.IntegrationTest;

/** Tasklist is served with the fix for forms with dynamic lists, and without the end-of-life banner's styles. */
@IntegrationTest
class TasklistScriptIT {

  @Value("${local.server.port}")
  int port;

  @Test
  void servesTasklistScriptThatCountsOnlyRealFormErrors() {
    String script = RestClient.create("http://localhost:" + port)
        .get().uri(TasklistFormValidityFix.SCRIPT + "?bust=1").retrieve().body(String.class);

    assertThat(script).contains(TasklistFormValidityFix.FIX).doesNotContain(TasklistFormValidityFix.DEFECT);
  }

  @Test
  void hidesEndOfLifeBannerFromTasklistUsers() {
    String css = RestClient.create("http://localhost:" + port)
        .get().uri("/camunda/app/tasklist/styles/user-styles.css").retrieve().body(String.class);

    assertThat(css).contains(".ce-eol-banner").contains("display: none");
  }
}
