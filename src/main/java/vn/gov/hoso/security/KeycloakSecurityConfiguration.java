package vn.gov.hoso.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.gov.hoso.common.web.Problems;

/**
 * Profile keycloak (see docs/keycloak.md). {@code /api/**} and {@code /engine-rest/**}: stateless, a bearer token of
 * realm {@code hoso} whose {@code preferred_username} is the user name (the CCCD for employees); 401 and 403 as
 * problem+json. {@code /camunda/**}: OIDC login through client {@code hoso-web}; the Camunda webapps then take the
 * user from Spring Security (workflow.engine.KeycloakEngineSecurity). Health and the OpenAPI description stay open.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
public class KeycloakSecurityConfiguration {

  static final String USER_NAME_CLAIM = "preferred_username";

  @Bean
  @Order(1)
  SecurityFilterChain bearerChain(HttpSecurity http, Problems problems, ObjectMapper json,
      WebSessionUsers webSessionUsers) throws Exception {
    AuthenticationEntryPoint unauthenticated = ProblemResponses.unauthenticated(problems, json, "Bearer");
    AccessDeniedHandler forbidden = ProblemResponses.forbidden(problems, json);
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setPrincipalClaimName(USER_NAME_CLAIM);
    // Path matchers on the whole path: /engine-rest and /camunda/api are servlets of their own, not Spring MVC's
    return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .addFilterBefore(new WebSessionAuthenticationFilter(webSessionUsers), BearerTokenAuthenticationFilter.class)
        .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
            .authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler(forbidden))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http, ClientRegistrationRepository clients) throws Exception {
    // PKCE for the confidential client too: the realm requires it (hoso-web, S256)
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return http
        .authorizeHttpRequests(auth -> auth.requestMatchers(path("/camunda/**")).authenticated().anyRequest().permitAll())
        .oauth2Login(login -> login.authorizationEndpoint(a -> a.authorizationRequestResolver(requests)))
        .logout(logout -> logout.logoutSuccessUrl("/"))
        // the Camunda webapps bring their own CSRF protection (double-submit cookie)
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
