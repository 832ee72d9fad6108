package org.aanboord.ingestion.application;

import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;

/** Puts attendance events on the wire; returns only once the broker acknowledged every one of them. */
public interface AttendanceEvents {

    void publishAll(List<AttendanceRegistrationEvent> events);
}
