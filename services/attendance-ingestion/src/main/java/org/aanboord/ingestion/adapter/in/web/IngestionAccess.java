package org.aanboord.ingestion.adapter.in.web;

import static org.aanboord.platform.security.Role.SCHOOL_SOFTWARE;
import static org.aanboord.platform.security.Role.SCHOOL_STAFF;

import org.aanboord.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only a school writes about its pupils: its software (client credentials) attendance only, its staff attendance,
 * enrolments and signals. Every row must name the caller's own school (checked in the controllers). Nothing here
 * can be read back but a pupil's identity, by re-identification.
 */
@Configuration
class IngestionAccess {

    @Bean
    AccessRules ingestionRules() {
        // Any method: a wrong one is then answered 405 by the API, not 403.
        return requests -> requests
                .requestMatchers("/api/registrations", "/api/registrations/**")
                .hasAnyRole(SCHOOL_SOFTWARE.name(), SCHOOL_STAFF.name())
                .requestMatchers("/api/enrolments", "/api/signals").hasRole(SCHOOL_STAFF.name())
                // Every signed-in role reaches the use case, which refuses all but school staff and CLB workers
                // itself: a refused attempt is then audited with the purpose it stated, like an answered one.
                .requestMatchers("/api/pupils/*/identity").authenticated();
    }
}
