package vn.gov.hoso.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.gov.hoso.common.web.Problems;

/**
 * Two filter chains. {@code /api/**}: stateless HTTP Basic against the identity store (or the webapps' session of the
 * project's own pages, {@link WebSessionAuthenticationFilter}), every call authenticated, 401 and 403 as problem+json. Everything else (the Camunda webapps with their own login and CSRF protection,
 * /engine-rest behind Camunda's own authentication filter, the OpenAPI description, health) passes through. The
 * profile keycloak replaces both with {@link KeycloakSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
public class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, Problems problems, ObjectMapper json,
      AuthenticationProvider identityStoreAuthentication, WebSessionUsers webSessionUsers) throws Exception {
    return http.securityMatcher("/api/**")
        .addFilterBefore(new WebSessionAuthenticationFilter(webSessionUsers), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .authenticationProvider(identityStoreAuthentication)
        .httpBasic(basic -> basic.realmName("Ho so CBCCVC")
            .authenticationEntryPoint(ProblemResponses.unauthenticated(problems, json,
                "Basic realm=\"Ho so CBCCVC\", charset=\"UTF-8\"")))
        .exceptionHandling(ex -> ex.accessDeniedHandler(ProblemResponses.forbidden(problems, json)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  @Bean
  AuthenticationProvider identityStoreAuthentication(CredentialsVerifier verifier) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null || !verifier.verify(username, credentials.toString())) {
          throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, List.of());
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }
}
