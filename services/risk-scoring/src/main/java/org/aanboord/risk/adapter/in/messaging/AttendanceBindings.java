package org.aanboord.risk.adapter.in.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.platform.messaging.EventReader;
import org.aanboord.platform.messaging.PoisonMessageException;
import org.aanboord.risk.application.ScoreAttendance;
import org.aanboord.risk.application.ScoringStoppedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

@Configuration
class AttendanceBindings {

    /**
     * Every record of a poll at once (batch mode), so scoring reads and writes the store once per poll. One pupil's
     * registrations arrive in order on one partition (keyed by pseudonym). A record that cannot be read or scored is
     * named by its position: the records before it are saved, and the container's error handler commits them, then
     * retries or dead-letters that record and delivers the rest again.
     */
    @Bean
    Consumer<Message<List<byte[]>>> onRegistration(EventReader reader, ScoreAttendance scoreAttendance) {
        return batch -> {
            List<byte[]> payloads = batch.getPayload();
            List<Map<String, Object>> headers = recordHeaders(batch);
            List<AttendanceRegistrationEvent> events = new ArrayList<>(payloads.size());
            List<String> traceparents = new ArrayList<>(payloads.size());
            PoisonMessageException poison = null;
            for (int i = 0; i < payloads.size() && poison == null; i++) {
                try {
                    events.add(reader.read(payloads.get(i), headers.get(i), AttendanceRegistrationEvent.class).event());
                    traceparents.add(reader.traceparent(headers.get(i)));
                } catch (PoisonMessageException e) {
                    poison = e;
                }
            }
            try {
                scoreAttendance.score(events, traceparents);
            } catch (ScoringStoppedException e) {
                throw new BatchListenerFailedException(e.getMessage(), e.getCause(), e.index());
            }
            if (poison != null) {
                throw new BatchListenerFailedException(poison.getMessage(), poison, events.size());
            }
        };
    }

    /**
     * Report results, grade repetition, disciplinary measures and concerns, keyed by pseudonym like registrations.
     * Few per pupil and year, so one at a time, with the binder's retries and dead-letter topic.
     */
    @Bean
    Consumer<Message<byte[]>> onSignal(EventReader reader, ScoreAttendance scoreAttendance) {
        return message -> scoreAttendance.score(reader.read(message, PupilSignalEvent.class).event());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recordHeaders(Message<List<byte[]>> batch) {
        return (List<Map<String, Object>>) batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
    }
}
