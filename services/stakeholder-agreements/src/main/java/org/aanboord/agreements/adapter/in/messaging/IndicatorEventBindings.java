package org.aanboord.agreements.adapter.in.messaging;

import java.util.function.Consumer;

import org.aanboord.agreements.application.indicators.IndicatorEvents;
import org.aanboord.contracts.cases.v1.CaseLifecycleEvent;
import org.aanboord.contracts.notifications.v1.NotificationOutcomeEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The events the live indicators are computed from. */
@Configuration
class IndicatorEventBindings {

    @Bean
    Consumer<Message<byte[]>> onAssessment(EventReader reader, IndicatorEvents indicators) {
        return message -> {
            RiskAssessmentEvent event = reader.read(message, RiskAssessmentEvent.class).event();
            if (event instanceof RiskAssessmentChanged changed) {
                indicators.assessed(changed);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> onOutcome(EventReader reader, IndicatorEvents indicators) {
        return message -> indicators.notified(reader.read(message, NotificationOutcomeEvent.class).event());
    }

    @Bean
    Consumer<Message<byte[]>> onCase(EventReader reader, IndicatorEvents indicators) {
        return message -> indicators.caseChanged(reader.read(message, CaseLifecycleEvent.class).event());
    }
}
