package org.aanboord.risk.adapter.in.web;

import static org.aanboord.platform.security.Role.CLB_WORKER;
import static org.aanboord.platform.security.Role.HUB_ADMIN;
import static org.aanboord.platform.security.Role.REGISSEUR;
import static org.aanboord.platform.security.Role.SCHOOL_STAFF;

import org.aanboord.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A pupil's assessment is for the school and the CLB that follow the pupil (the query keeps to the caller's schools);
 * a school's pupil list likewise, for the caller's schools only; region-wide figures and back-tests answer in counts
 * only, for whoever follows or drafts the rules (regisseur, hub admin); rebuilding is operations.
 */
@Configuration
class ScoringAccess {

    @Bean
    AccessRules scoringRules() {
        return requests -> requests
                .requestMatchers("/api/pupils/**").hasAnyRole(SCHOOL_STAFF.name(), CLB_WORKER.name())
                .requestMatchers("/api/statistics").hasAnyRole(REGISSEUR.name(), HUB_ADMIN.name())
                .requestMatchers("/api/backtests").hasAnyRole(REGISSEUR.name(), HUB_ADMIN.name())
                .requestMatchers("/api/admin/**").hasRole(HUB_ADMIN.name());
    }
}
