package vn.gov.hoso.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.common.web.ProblemDetailsAdvice;
import vn.gov.hoso.common.web.Problems;

/** A Camunda authorization refusal met by the project's own API becomes a 403 problem that names nobody. */
class EngineProblemsTest {

  @Test
  void turnsTheEnginesRefusalIntoABilingualForbiddenProblemWithoutTheEnginesMessage() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    EngineProblems advice = new EngineProblems(new ProblemDetailsAdvice(new Problems(new Messages(source))));
    AuthorizationException refusal = new AuthorizationException("stc.daumoi", "CREATE_INSTANCE",
        "ProcessDefinition", "dossier-change");

    ResponseEntity<ProblemDetail> answer =
        advice.forbidden(refusal, new MockHttpServletRequest("POST", "/api/me/changes"));

    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    ProblemDetail problem = answer.getBody();
    assertThat(problem).isNotNull();
    assertThat(problem.getProperties()).containsEntry("code", "engineForbidden")
        .containsEntry("titleVi", "Không có quyền thực hiện").containsEntry("titleEn", "Not allowed");
    assertThat(List.of(problem.getDetail(), String.valueOf(problem.getProperties())))
        .allSatisfy(text -> assertThat(text).doesNotContain("stc.daumoi").doesNotContain("dossier-change"));
  }
}
