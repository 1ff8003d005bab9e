package vn.gov.hoso.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.Messages;

/**
 * Builds problem+json bodies. {@code title} and {@code detail} are in the language the client asked for
 * (Accept-Language, Vietnamese by default); the properties {@code titleVi}, {@code detailVi}, {@code titleEn},
 * {@code detailEn} carry both languages, and {@code code} the stable error code.
 */
@Component
public class Problems {

  private final Messages messages;

  public Problems(Messages messages) {
    this.messages = messages;
  }

  public ProblemDetail of(HttpStatus status, String code, List<?> args, HttpServletRequest request) {
    String titleVi = messages.vi("error." + code + ".title", List.of());
    String titleEn = messages.en("error." + code + ".title", List.of());
    String detailVi = messages.vi("error." + code + ".detail", args);
    String detailEn = messages.en("error." + code + ".detail", args);
    boolean english = prefersEnglish(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, english ? detailEn : detailVi);
    problem.setTitle(english ? titleEn : titleVi);
    problem.setType(URI.create("urn:hoso:problem:" + code));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("code", code);
    problem.setProperty("titleVi", titleVi);
    problem.setProperty("detailVi", detailVi);
    problem.setProperty("titleEn", titleEn);
    problem.setProperty("detailEn", detailEn);
    return problem;
  }

  private static boolean prefersEnglish(HttpServletRequest request) {
    Locale locale = request.getLocale();
    return request.getHeader("Accept-Language") != null && "en".equals(locale.getLanguage());
  }
}
