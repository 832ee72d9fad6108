package org.aanboord.agreements.adapter.in.web;

import static org.aanboord.platform.security.Role.CLB_WORKER;
import static org.aanboord.platform.security.Role.DPO;
import static org.aanboord.platform.security.Role.HUB_ADMIN;
import static org.aanboord.platform.security.Role.REGISSEUR;
import static org.aanboord.platform.security.Role.SCHOOL_STAFF;

import org.aanboord.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Agreements hold no pupil data: every signed-in person may read them (school software may not); only the hub
 * admin and the regisseur change them, the regisseur only its own region's ({@link EditorResolver}).
 */
@Configuration
class AgreementAccess {

    @Bean
    AccessRules agreementRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/agreements", "/api/agreements/**")
                .hasAnyRole(SCHOOL_STAFF.name(), CLB_WORKER.name(), REGISSEUR.name(), HUB_ADMIN.name(), DPO.name())
                .requestMatchers("/api/agreements", "/api/agreements/**").hasAnyRole(REGISSEUR.name(), HUB_ADMIN.name());
    }
}
