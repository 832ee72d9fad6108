package org.aanboord.cases.adapter.in.messaging;

import java.util.function.Consumer;

import org.aanboord.cases.application.CaseSignalling;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RiskAssessmentEvent;
import org.aanboord.platform.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The inbound bindings (see case-management.yml): they read the event and delegate, nothing else. */
@Configuration
class CaseBindings {

    @Bean
    Consumer<Message<byte[]>> onAssessment(EventReader reader, CaseSignalling signalling) {
        return message -> {
            RiskAssessmentEvent event = reader.read(message, RiskAssessmentEvent.class).event();
            if (event instanceof RiskAssessmentChanged changed) {
                signalling.assessmentChanged(changed);
            }
        };
    }
}
