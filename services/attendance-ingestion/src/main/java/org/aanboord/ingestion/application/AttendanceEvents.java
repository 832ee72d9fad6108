package org.aanboord.ingestion.application;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;

/** Puts attendance events on the wire; returns only once the broker acknowledged. */
public interface AttendanceEvents {

    void publish(AttendanceRegistrationEvent event);
}
