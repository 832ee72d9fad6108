package org.aanboord.risk.adapter.in.messaging;

import java.util.function.Consumer;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.platform.messaging.EventReader;
import org.aanboord.risk.application.ScoreAttendance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class AttendanceBindings {

    /** One pupil's registrations arrive in order on one partition (keyed by pseudonym). */
    @Bean
    Consumer<Message<byte[]>> onRegistration(EventReader reader, ScoreAttendance scoreAttendance) {
        return message -> scoreAttendance.score(reader.read(message, AttendanceRegistrationEvent.class).event());
    }

    /** Report results, grade repetition, disciplinary measures and concerns, keyed by pseudonym like registrations. */
    @Bean
    Consumer<Message<byte[]>> onSignal(EventReader reader, ScoreAttendance scoreAttendance) {
        return message -> scoreAttendance.score(reader.read(message, PupilSignalEvent.class).event());
    }
}
