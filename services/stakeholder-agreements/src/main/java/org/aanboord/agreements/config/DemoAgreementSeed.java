package org.aanboord.agreements.config;

import java.io.IOException;
import java.io.InputStream;

import org.aanboord.agreements.application.AgreementPublishing;
import org.aanboord.agreements.application.ConflictException;
import org.aanboord.agreements.application.Editor;
import org.aanboord.agreements.domain.AgreementVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the demo region's agreement at start-up so the local platform works out of the box. Idempotent: a
 * version that was published before is left alone.
 */
@Component
@ConditionalOnProperty(name = "aanboord.agreements.seed-demo", havingValue = "true", matchIfMissing = true)
class DemoAgreementSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreementSeed.class);
    private static final String RESOURCE = "demo/demo-region-agreement.json";

    private final AgreementPublishing publishing;
    private final JsonMapper json;

    DemoAgreementSeed(AgreementPublishing publishing, JsonMapper json) {
        this.publishing = publishing;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            AgreementVersion demo = json.readValue(in, AgreementVersion.class);
            boolean published = publishing.publish(demo, Editor.SYSTEM);
            log.info("Demo agreement {} {}", demo.key(), published ? "published" : "already published");
        } catch (ConflictException storedEarlier) {
            // Kept data from an older demo: published versions never change, so the stored one stays.
            log.warn("Demo agreement not seeded: {}", storedEarlier.getMessage());
        }
    }
}
