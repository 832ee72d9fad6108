package org.aanboord.risk.domain;

import java.time.Instant;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;

/** When the school made the change: an assessment is dated by its cause, so a rebuild dates it the same. */
public final class EventTime {

    private EventTime() {
    }

    public static Instant of(AttendanceRegistrationEvent event) {
        if (event instanceof HalfDayRegistered registered) {
            return registered.registeredAt();
        }
        if (event instanceof HalfDayCorrected corrected) {
            return corrected.correctedAt();
        }
        return ((HalfDayRevoked) event).revokedAt();
    }
}
