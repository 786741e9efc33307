package org.chancery.app.security;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.chancery.domain.Failures;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Users;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which request needs whom. Reads are public (unless {@code chancery.security.public-reads} is off): each
 * change is checked by its use case in the domain, given the actor signed in by a session (form login) or
 * a bearer API token. The curator pages need a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    private static final String[] ROLES = {"READER", "CURATOR", "ADMIN"};
    /** What anyone may read when reads are public: the home page, GraphQL and GraphiQL. */
    private static final String[] READS = {"/", "/graphql", "/graphiql", "/graphiql/**"};

    /**
     * Pages run only scripts served by the application itself, never inline ones, and no other site may
     * frame them. GraphiQL sets inline styles and uses data: fonts, hence those two allowances.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain chancery(HttpSecurity http, ChancerySecurityProperties settings, Users users, Failures failures)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher browserPages = new OrRequestMatcher(
                paths.matcher("/"),
                paths.matcher("/admin/**"),
                paths.matcher("/graphiql"),
                paths.matcher("/graphiql/**"));
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(new OrRequestMatcher(
                paths.matcher(HttpMethod.GET, "/admin/**"), paths.matcher(HttpMethod.GET, "/graphiql")));
        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setDefaultTargetUrl("/admin");
        signedIn.setRequestCache(requestCache);

        http.authorizeHttpRequests(requests -> authorize(requests, settings))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signedIn)
                        .failureHandler((request, response, refused) -> {
                            if (failures.isOutage(refused)) {
                                // not a wrong password: the curator pages' 503 says the registry is out
                                throw refused;
                            }
                            response.sendRedirect(request.getContextPath()
                                    + (refused instanceof LockedException ? "/login?wait" : "/login?error"));
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .oauth2ResourceServer(resourceServer -> resourceServer.opaqueToken(Customizer.withDefaults()))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new BrowserCsrf.TokenHandler())
                        .requireCsrfProtectionMatcher(BrowserCsrf::required))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(
                        exceptions -> exceptions.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browserPages)
                                .defaultEntryPoint(new BearerTokenAuthenticationEntryPoint())
                                .build()))
                .addFilterBefore(new SessionAccountCheck(users), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            ChancerySecurityProperties settings) {
        requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        requests.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll();
        requests.requestMatchers("/actuator/**").hasRole("ADMIN");
        requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                .permitAll();
        if (settings.publicReads()) {
            requests.requestMatchers(READS).permitAll();
        } else {
            requests.requestMatchers(READS).hasAnyRole(ROLES);
        }
        // the use cases decide who may change what; refusing readers here too keeps their input unparsed
        requests.requestMatchers("/admin/users", "/admin/users/**").hasRole("ADMIN");
        requests.requestMatchers(HttpMethod.GET, "/admin/vocabulary/new", "/admin/vocabulary/*/edit")
                .hasRole("ADMIN");
        requests.requestMatchers(HttpMethod.POST, "/admin/vocabulary/**").hasRole("ADMIN");
        requests.requestMatchers(
                        HttpMethod.POST, "/admin/account/password", "/admin/account/tokens", "/admin/tokens/*/revoke")
                .hasAnyRole(ROLES);
        requests.requestMatchers(HttpMethod.POST, "/admin/**").hasAnyRole("CURATOR", "ADMIN");
        requests.requestMatchers(
                        HttpMethod.GET,
                        "/admin/*/new",
                        "/admin/*/*/edit",
                        "/admin/claims/*/correct",
                        "/admin/entities/*/merge")
                .hasAnyRole("CURATOR", "ADMIN");
        requests.requestMatchers("/admin/**").hasAnyRole(ROLES);
        // no page lives elsewhere (a test checks every route): any other address is a 404, not a sign-in
        requests.anyRequest().permitAll();
    }

    /** The session cookie is never readable by scripts, and is not sent along with cross-site requests. */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookie() {
        return serializer -> {
            serializer.setUseHttpOnlyCookie(true);
            serializer.setSameSite("Lax");
        };
    }

    @Bean
    OpaqueTokenIntrospector apiTokenIntrospector(AccountAdministration accounts) {
        return new ApiTokenIntrospector(accounts);
    }

    /** Browsers may query GraphQL from the allowed origins, without cookies: a token authorizes a change. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(ChancerySecurityProperties settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!settings.allowedOrigins().isEmpty()) {
            CorsConfiguration graphql = new CorsConfiguration();
            graphql.setAllowedOrigins(settings.allowedOrigins());
            graphql.setAllowedMethods(List.of("GET", "POST"));
            graphql.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization"));
            graphql.setAllowCredentials(false);
            graphql.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/graphql", graphql);
        }
        return source;
    }
}
