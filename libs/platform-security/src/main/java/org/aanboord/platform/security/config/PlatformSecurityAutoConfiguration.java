package org.aanboord.platform.security.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.security.AccessRefusedAdvice;
import org.aanboord.platform.security.AccessRules;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.CallerArgumentResolver;
import org.aanboord.platform.security.CallerClaims;
import org.aanboord.platform.security.ProblemErrorReportValve;
import org.aanboord.platform.security.Problems;
import org.aanboord.platform.security.Role;
import org.aanboord.platform.security.Tenancy;
import org.aanboord.platform.security.audit.AuditController;
import org.aanboord.platform.security.audit.AuditInterceptor;
import org.aanboord.platform.security.audit.AuditTrail;
import org.aanboord.platform.config.PlatformAutoConfiguration;
import org.aanboord.platform.config.RetentionAutoConfiguration;
import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.platform.retention.RetentionReports;
import org.aanboord.platform.retention.web.RetentionAudit;
import org.aanboord.platform.retention.web.RetentionController;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes every service an OAuth2 resource server (docs/security.md, ADR 0007): bearer JWTs only, checked for
 * signature (RS256, keys from the issuer's JWKS), issuer, audience, expiry and the caller claims, once per token
 * until it expires ({@link VerifiedTokens}); no sessions, no cookies, so no CSRF; deny by default. A service
 * declares its endpoint rules as {@link AccessRules} beans.
 */
@AutoConfiguration(after = {PlatformAutoConfiguration.class, RetentionAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    static {
        // The caller comes from the token, never from the request: keep it out of the OpenAPI parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /** Open without a token: probes, metrics scraping and the API documentation. */
    static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
            "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", "/error"};

    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            SecurityProperties properties) {
        // The keys are fetched once and cached; a busy issuer must not turn that one fetch into a refused token.
        SimpleClientHttpRequestFactory jwksRequests = new SimpleClientHttpRequestFactory();
        jwksRequests.setConnectTimeout(Duration.ofSeconds(5));
        jwksRequests.setReadTimeout(Duration.ofSeconds(10));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256).restOperations(new RestTemplate(jwksRequests)).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(properties.audience())),
                new CallerClaims()));
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<AccessRules> rules, SecurityProperties properties)
            throws Exception {
        Problems problems = new Problems();
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(CallerClaims::authorities);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(cors(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN).permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/api/audit", "/api/audit/**").hasRole(Role.DPO.name());
                    requests.requestMatchers(HttpMethod.GET, "/api/admin/retention-reports")
                            .hasAnyRole(Role.HUB_ADMIN.name(), Role.DPO.name());
                    requests.requestMatchers(HttpMethod.POST, "/api/admin/retention-runs")
                            .hasRole(Role.HUB_ADMIN.name());
                    rules.orderedStream().forEach(rule -> rule.configure(requests));
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource cors(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(properties.corsOrigins());
            api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            api.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", AuditInterceptor.PURPOSE));
            api.setExposedHeaders(List.of("ETag", "Location", "X-Total-Count", "Retry-After"));
            api.setMaxAge(600L);
            source.registerCorsConfiguration("/api/**", api);
        }
        return source;
    }

    @Bean
    Tenancy tenancy(AgreementDirectory agreements) {
        return new Tenancy(agreements, Clock.systemUTC());
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo) {
        return new AuditTrail(mongo, Clock.systemUTC());
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }

    @Bean
    @ConditionalOnBean(RetentionPurgeJob.class)
    RetentionController retentionController(RetentionPurgeJob job, RetentionReports reports) {
        return new RetentionController(job, reports);
    }

    @Bean
    @ConditionalOnBean(RetentionPurgeJob.class)
    RetentionAudit retentionAudit(AuditTrail trail) {
        return new RetentionAudit(trail);
    }

    /** Requests Tomcat refuses itself (an encoded slash in the path) get problem+json too, not its HTML page. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(
                    context -> context.getParent().getPipeline().addValve(new ProblemErrorReportValve()));
        }
    }

    @Bean
    AccessRefusedAdvice accessRefusedAdvice() {
        return new AccessRefusedAdvice();
    }

    @Bean
    WebMvcConfigurer callerAndAudit(AuditTrail trail, SecurityProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AuditInterceptor(trail, properties.auditPaths()));
            }
        };
    }
}
