package vn.gov.hoso.workflow.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fixes a defect of Tasklist 7.24 with Camunda Forms that contain dynamic lists (every repeating table of the
 * dossier). Tasklist disables "Complete" when form-js reports any error, and it decides that by counting the keys of
 * form-js' error map; form-js 1.8 keeps an entry with an empty list for every field of every row of a dynamic list,
 * so a form whose tables have rows can never be completed. The fix rewrites that one test in Tasklist's script so
 * that only fields with at least one error count. {@code TasklistFormValidityFixTest} fails when a new webapp
 * version no longer contains the exact snippet, so the fix cannot silently stop applying.
 */
@Configuration(proxyBeanMethods = false)
public class TasklistFormValidityFix {

  static final String SCRIPT = "/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  static final String DEFECT = "var t=!!Object.keys(e.errors).length;";
  static final String FIX =
      "var t=Object.keys(e.errors).some(function(k){return e.errors[k]&&e.errors[k].length>0});";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> tasklistFormValidityFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Rewrite());
    registration.addUrlPatterns(SCRIPT);
    registration.setName("tasklist-form-validity-fix");
    return registration;
  }

  /** The script with the fix applied; unchanged when the defect is not there. */
  static String fix(String script) {
    return script.replace(DEFECT, FIX);
  }

  static final class Rewrite extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      byte[] body = wrapper.getContentAsByteArray();
      if (wrapper.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
        byte[] fixed = fix(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        wrapper.resetBuffer();
        response.setHeader("ETag", null);
        response.setContentLength(fixed.length);
        response.getOutputStream().write(fixed);
        response.flushBuffer();
      } else {
        wrapper.copyBodyToResponse();
      }
    }
  }
}
