package org.aanboord.cases.adapter.in.web;

import static org.aanboord.platform.security.Role.CLB_WORKER;
import static org.aanboord.platform.security.Role.REGISSEUR;
import static org.aanboord.platform.security.Role.SCHOOL_STAFF;

import java.util.Map;
import java.util.Set;

import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.platform.security.AccessRefusedException;
import org.aanboord.platform.security.AccessRules;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.CallerArgumentResolver;
import org.aanboord.platform.security.Tenancy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cases are pupil-level: only the case team's organisations take part. School staff see the cases of their school,
 * a CLB worker those of the schools its CLB serves, the regisseur only early-leaver cases (a compulsory-age pupil
 * no school enrols: the municipality's compensation follow-up, domain §3.2) in its municipality. The list applies
 * the scope in its query; every {@code /api/cases/{caseId}/...} request is refused before the controller runs when
 * the case lies outside it.
 */
@Configuration
class CaseAccess implements WebMvcConfigurer {

    static final Set<CaseType> REGISSEUR_CASE_TYPES = Set.of(CaseType.EARLY_LEAVER);

    private final Tenancy tenancy;
    private final CaseQueries queries;

    CaseAccess(Tenancy tenancy, CaseQueries queries) {
        this.tenancy = tenancy;
        this.queries = queries;
    }

    @Bean
    AccessRules caseRules() {
        return requests -> requests.requestMatchers("/api/cases", "/api/cases/**")
                .hasAnyRole(SCHOOL_STAFF.name(), CLB_WORKER.name(), REGISSEUR.name());
    }

    CaseScope scopeOf(Caller caller) {
        return new CaseScope(tenancy.schoolsOf(caller),
                caller.is(REGISSEUR) ? REGISSEUR_CASE_TYPES : null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                        && variables.get("caseId") instanceof String caseId) {
                    Caller caller = CallerArgumentResolver.current();
                    CaseScope scope = scopeOf(caller);
                    queries.find(caseId).filter(file -> !scope.admits(file)).ifPresent(file -> {
                        throw new AccessRefusedException(caller.role() + " of " + caller.organisationId()
                                + " may not see case " + caseId);
                    });
                }
                return true;
            }
        }).addPathPatterns("/api/cases/*", "/api/cases/*/**");
    }
}
