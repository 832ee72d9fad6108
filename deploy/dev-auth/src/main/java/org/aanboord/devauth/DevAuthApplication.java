package org.aanboord.devauth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * DEVELOPMENT ONLY. The authorisation server of {@code ./run-local.sh}: issuer http://localhost:9000, demo users
 * with the password {@code demo} and demo clients with published secrets (deploy/dev-auth/README.md). Real
 * deployments point the services at their own OIDC provider (AANBOORD_ISSUER_URI) and never run this.
 */
@SpringBootApplication
public class DevAuthApplication {

    private static final Logger log = LoggerFactory.getLogger(DevAuthApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(DevAuthApplication.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        log.warn("DEVELOPMENT ONLY authorisation server: demo users (password 'demo') and dev-* client secrets are "
                + "public. Never expose or deploy it.");
    }
}
