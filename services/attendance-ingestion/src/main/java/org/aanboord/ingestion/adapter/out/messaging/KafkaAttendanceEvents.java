package org.aanboord.ingestion.adapter.out.messaging;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.ingestion.application.AttendanceEvents;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.springframework.stereotype.Component;

/** Keyed by pupil pseudonym so one pupil's registrations stay in order. */
@Component
class KafkaAttendanceEvents implements AttendanceEvents {

    private final EventPublisher publisher;
    private final EventJson json;

    KafkaAttendanceEvents(EventPublisher publisher, EventJson json) {
        this.publisher = publisher;
        this.json = json;
    }

    @Override
    public void publish(AttendanceRegistrationEvent event) {
        publisher.publishAndWait(OutgoingEvent.of((Record) event, event.pupilPseudonym(), event.pupilPseudonym(), json));
    }
}
