package vn.gov.hoso.common.web;

import org.springframework.http.ProblemDetail;

/** Implemented by business exceptions that add properties to their problem+json body (e.g. a list of errors). */
public interface ProblemExtension {

  void extend(ProblemDetail problem);
}
