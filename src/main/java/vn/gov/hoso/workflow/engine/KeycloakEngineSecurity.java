package vn.gov.hoso.workflow.engine;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.hoso.workflow.identity.AccountGroups;

/**
 * Profile keycloak: the engine reads users and groups from Keycloak (camunda-platform-7-keycloak, with its query
 * cache), and whoever Spring Security authenticated (OIDC login for the webapps, a bearer token for /engine-rest)
 * becomes the engine's authenticated user, with the groups of {@link AccountGroups}. The engine's authorizations
 * still decide what the user sees: an employee sees only their own tasks.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
public class KeycloakEngineSecurity {

  /** Settings under {@code plugin.identity.keycloak.*} (see application-keycloak.yaml). */
  @Bean
  @ConfigurationProperties(prefix = "plugin.identity.keycloak")
  KeycloakIdentityProviderPlugin keycloakIdentityProviderPlugin() {
    return new KeycloakIdentityProviderPlugin();
  }

  /** Tasklist, Cockpit and Admin: the user signed in through Keycloak, right after Spring Security's filters. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication(AccountGroups groups) {
    SpringSecurityUser provider = new SpringSecurityUser(groups);
    ContainerBasedAuthenticationFilter filter = new ContainerBasedAuthenticationFilter() {
      @Override
      public void init(FilterConfig config) {
        authenticationProvider = provider;
      }
    };
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("camunda-webapp-container-auth");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** /engine-rest: the bearer token Spring Security validated. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBearerAuthentication(AccountGroups groups) {
    SpringSecurityUser provider = new SpringSecurityUser(groups);
    ProcessEngineAuthenticationFilter filter = new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(FilterConfig config) throws ServletException {
        super.init(config);
        authenticationProvider = provider;
      }
    };
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("camunda-engine-rest-auth");
    // replaced in init(); the parent filter insists on a class name
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** The user name Spring Security established for this request, and the groups derived for it. */
  static final class SpringSecurityUser implements AuthenticationProvider {

    private final AccountGroups groups;

    SpringSecurityUser(AccountGroups groups) {
      this.groups = groups;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication == null || !authentication.isAuthenticated()
          || authentication instanceof AnonymousAuthenticationToken) {
        return AuthenticationResult.unsuccessful();
      }
      AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
      result.setGroups(groups.groupIds(authentication.getName()));
      return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
  }
}
