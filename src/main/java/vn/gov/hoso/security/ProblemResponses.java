package vn.gov.hoso.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.gov.hoso.common.web.Problems;

/** 401 and 403 of the API filter chains as problem+json, whatever the authentication scheme. */
final class ProblemResponses {

  private ProblemResponses() {}

  /** 401 {@code unauthenticated} with the scheme's challenge in {@code WWW-Authenticate}. */
  static AuthenticationEntryPoint unauthenticated(Problems problems, ObjectMapper json, String challenge) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", challenge);
      write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", List.of(), request), json);
    };
  }

  /** 403 {@code forbidden}. */
  static AccessDeniedHandler forbidden(Problems problems, ObjectMapper json) {
    return (request, response, e) ->
        write(response, problems.of(HttpStatus.FORBIDDEN, "forbidden", List.of(), request), json);
  }

  private static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
