package org.aanboord.notifications.adapter.in.messaging;

import java.util.function.Consumer;

import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RiskAssessmentEvent;
import org.aanboord.notifications.application.AlertDispatch;
import org.aanboord.platform.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The two inbound bindings (see notifications.yml); they read the record and delegate, nothing else. Each topic's
 * sealed interface has one record today (Java 17 has no pattern switch, hence instanceof).
 */
@Configuration
class MessagingConfiguration {

    @Bean
    Consumer<Message<byte[]>> onAssessment(EventReader reader, AlertDispatch dispatch) {
        return message -> {
            RiskAssessmentEvent event = reader.read(message, RiskAssessmentEvent.class).event();
            if (event instanceof RiskAssessmentChanged changed) {
                dispatch.dispatch(changed);
            }
        };
    }
}
