package vn.gov.hoso.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.OrganisationService;

/**
 * Enforces {@link AdministratorOnly} before argument resolution (a handler interceptor runs before the body is
 * parsed), so a malformed body from a non-administrator is refused with 403, not explained with 400.
 */
@Configuration(proxyBeanMethods = false)
class AdministratorOnlyInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final OrganisationService organisation;

  AdministratorOnlyInterceptor(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method
        && (method.hasMethodAnnotation(AdministratorOnly.class)
            || method.getBeanType().isAnnotationPresent(AdministratorOnly.class))) {
      Principal user = request.getUserPrincipal();
      if (user == null) {
        throw new BusinessException("administratorOnly", ErrorKind.FORBIDDEN);
      }
      organisation.requireAdministrator(user.getName());
    }
    return true;
  }
}
