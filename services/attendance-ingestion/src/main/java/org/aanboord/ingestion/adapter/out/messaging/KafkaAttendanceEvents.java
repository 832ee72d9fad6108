package org.aanboord.ingestion.adapter.out.messaging;

import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.ingestion.application.AttendanceEvents;
import org.aanboord.platform.messaging.BrokerUnavailableException;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Component;

/**
 * Keyed by pupil pseudonym so one pupil's registrations stay in order, written by {@link RegistrationJson}. The event id is derived from the half-day
 * and version: when a resend after a failed request publishes the same change again, it carries the same id.
 */
@Component
class KafkaAttendanceEvents implements AttendanceEvents {

    private final EventPublisher publisher;
    KafkaAttendanceEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * A producer that cannot even reach the broker for metadata fails the send itself (after max.block.ms) rather
     * than its future; both mean the same to the caller: not acknowledged.
     */
    @Override
    public void publishAll(List<AttendanceRegistrationEvent> events) {
        try {
            publisher.publishAndWait(events.stream()
                    .map(event -> OutgoingEvent.of(idOf(event), (Record) event, RegistrationJson.toBytes(event),
                            event.pupilPseudonym(), event.pupilPseudonym()))
                    .toList());
        } catch (KafkaException e) {
            throw new BrokerUnavailableException("The broker could not be reached", e);
        }
    }

    private static String idOf(AttendanceRegistrationEvent event) {
        String change = event.schoolId() + "|" + event.pupilPseudonym() + "|" + event.halfDaySlot() + "|v"
                + event.version();
        return NameBasedIds.of(change);
    }
}
