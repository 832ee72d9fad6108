package org.aanboord.ingestion.adapter.in.messaging;

import java.util.function.Consumer;

import org.aanboord.contracts.agreements.v1.AgreementLifecycleEvent;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Learns the schools of the region from the published agreements. */
@Configuration
class AgreementBindings {

    @Bean
    Consumer<Message<byte[]>> onAgreement(EventReader reader, AgreementDirectory directory) {
        return message -> {
            AgreementLifecycleEvent event = reader.read(message, AgreementLifecycleEvent.class).event();
            if (event instanceof AgreementPublished published) {
                directory.record(published);
            }
        };
    }
}
