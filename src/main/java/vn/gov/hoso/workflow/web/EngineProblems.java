package vn.gov.hoso.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.web.ProblemDetailsAdvice;

/**
 * The engine's refusals met by the project's own API (not /engine-rest, which answers for itself): a missing Camunda
 * authorization is a 403 problem in Vietnamese and English, never a 500. The engine's message (which names
 * resources and users) is not passed on.
 */
@RestControllerAdvice(basePackages = "vn.gov.hoso")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineProblems {

  private final ProblemDetailsAdvice problems;

  EngineProblems(ProblemDetailsAdvice problems) {
    this.problems = problems;
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(AuthorizationException e, HttpServletRequest request) {
    return problems.business(new BusinessException("engineForbidden", ErrorKind.FORBIDDEN), request);
  }
}
