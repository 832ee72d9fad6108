package org.aanboord.notifications.adapter.in.web;

import static org.aanboord.platform.security.Role.CLB_WORKER;
import static org.aanboord.platform.security.Role.HUB_ADMIN;
import static org.aanboord.platform.security.Role.REGISSEUR;
import static org.aanboord.platform.security.Role.SCHOOL_STAFF;

import java.util.Map;

import org.aanboord.notifications.application.Inbox;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.security.AccessRefusedException;
import org.aanboord.platform.security.AccessRules;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.CallerArgumentResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An inbox belongs to one organisation: only people signed in for it (school staff, CLB worker, regisseur) list,
 * stream, read and acknowledge its alerts; the list queries that organisation alone. The delivery log of one
 * alert is also open to the hub admin, who alone works the delivery queue (dead deliveries, resends).
 */
@Configuration
class InboxAccess implements WebMvcConfigurer {

    private final Inbox inbox;

    InboxAccess(Inbox inbox) {
        this.inbox = inbox;
    }

    @Bean
    AccessRules inboxRules() {
        return requests -> requests
                .requestMatchers("/api/inbox/*/deliveries")
                .hasAnyRole(SCHOOL_STAFF.name(), CLB_WORKER.name(), REGISSEUR.name(), HUB_ADMIN.name())
                .requestMatchers("/api/inbox", "/api/inbox/**")
                .hasAnyRole(SCHOOL_STAFF.name(), CLB_WORKER.name(), REGISSEUR.name())
                .requestMatchers("/api/deliveries", "/api/deliveries/**").hasRole(HUB_ADMIN.name());
    }

    /** The organisation whose inbox to query: the caller's own; naming another is refused. */
    static String ownInbox(Caller caller, String organisationId) {
        if (organisationId != null && !organisationId.equals(caller.organisationId())) {
            throw new AccessRefusedException(caller.role() + " of " + caller.organisationId()
                    + " may not read the inbox of '" + organisationId + "'");
        }
        return caller.organisationId();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                        && variables.get("alertId") instanceof String alertId) {
                    Caller caller = CallerArgumentResolver.current();
                    if (!caller.is(HUB_ADMIN)) {
                        Alert alert = inbox.get(alertId);
                        ownInbox(caller, alert.recipient().organisationId());
                    }
                }
                return true;
            }
        }).addPathPatterns("/api/inbox/*", "/api/inbox/*/**");
    }
}
