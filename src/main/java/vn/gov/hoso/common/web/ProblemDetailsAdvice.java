package vn.gov.hoso.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.gov.hoso.common.BusinessException;

/** Turns every error of the project's REST API into problem+json with Vietnamese and English text. */
@RestControllerAdvice(basePackages = "vn.gov.hoso")
public class ProblemDetailsAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final Problems problems;

  public ProblemDetailsAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(BusinessException.class)
  public ResponseEntity<ProblemDetail> business(BusinessException e, HttpServletRequest request) {
    HttpStatus status = HttpStatus.valueOf(e.kind().httpStatus());
    ProblemDetail body = problems.of(status, e.code(), e.args(), request);
    if (e instanceof ProblemExtension extension) {
      extension.extend(body);
    }
    return respond(status, body);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST,
        problems.of(HttpStatus.BAD_REQUEST, "badParameter", List.of(e.getName(), String.valueOf(e.getValue())),
            request));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST,
        problems.of(HttpStatus.BAD_REQUEST, "missingParameter", List.of(e.getParameterName()), request));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST,
        problems.of(HttpStatus.BAD_REQUEST, "missingParameter", List.of(e.getRequestPartName()), request));
  }

  @ExceptionHandler({ConstraintViolationException.class, HandlerMethodValidationException.class,
      MethodArgumentNotValidException.class})
  ResponseEntity<ProblemDetail> constraint(Exception e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST,
        problems.of(HttpStatus.BAD_REQUEST, "badRequest", List.of(), request));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST,
        problems.of(HttpStatus.BAD_REQUEST, "unreadableBody", List.of(), request));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unreadableBody", List.of(), request));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return respond(HttpStatus.PAYLOAD_TOO_LARGE,
        problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "fileTooLarge", List.of(), request));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return respond(HttpStatus.NOT_FOUND, problems.of(HttpStatus.NOT_FOUND, "noSuchPath", List.of(), request));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return respond(HttpStatus.METHOD_NOT_ALLOWED,
        problems.of(HttpStatus.METHOD_NOT_ALLOWED, "methodNotAllowed", List.of(e.getMethod()), request));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return respond(HttpStatus.INTERNAL_SERVER_ERROR,
        problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", List.of(), request));
  }

  private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
