package org.aanboord.ingestion.adapter.out.messaging;

import org.aanboord.ingestion.application.PupilFactEvents;
import org.aanboord.platform.messaging.BrokerUnavailableException;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Component;

/** Enrolments and signals, keyed by pupil pseudonym; the event id follows from the fact and its version. */
@Component
class KafkaPupilFactEvents implements PupilFactEvents {

    private final EventPublisher publisher;
    private final EventJson json;

    KafkaPupilFactEvents(EventPublisher publisher, EventJson json) {
        this.publisher = publisher;
        this.json = json;
    }

    @Override
    public void publish(String naturalKey, int version, String pupilPseudonym, Record event) {
        String id = NameBasedIds.of(naturalKey + "|v" + version);
        try {
            publisher.publishAndWait(OutgoingEvent.of(id, event, pupilPseudonym, pupilPseudonym, json));
        } catch (KafkaException e) {
            throw new BrokerUnavailableException("The broker could not be reached", e);
        }
    }
}
