package org.aanboord.risk.domain;

import java.util.HashMap;
import java.util.Map;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;

/**
 * One pupil's registered half-days in one school year, across schools. Counting from the half-days themselves
 * (not from increments) makes duplicates, replays and corrections give the same answer.
 */
public final class PupilYear {

    private HalfDays halfDays;

    public PupilYear(Map<String, HalfDayEntry> halfDays) {
        this.halfDays = HalfDays.copyOf(halfDays);
    }

    /**
     * Applies a registration, correction or revocation.
     *
     * @return false when the event is not newer than what is known for that half-day (a duplicate or a stale resend)
     */
    public boolean apply(AttendanceRegistrationEvent event) {
        Slot slot = Slot.of(event.date(), event.halfDay());
        HalfDayEntry known = halfDays.at(slot);
        if (known != null && known.version() >= event.version()) {
            return false;
        }
        if (event instanceof HalfDayRegistered registered) {
            halfDays = halfDays.with(slot, new HalfDayEntry(event.schoolId(), registered.code(), event.version()));
        } else if (event instanceof HalfDayCorrected corrected) {
            halfDays = halfDays.with(slot, new HalfDayEntry(event.schoolId(), corrected.code(), event.version()));
        } else if (event instanceof HalfDayRevoked) {
            // A revoked half-day keeps its version so an older resend cannot bring the code back.
            halfDays = halfDays.with(slot, new HalfDayEntry(event.schoolId(), null, event.version()));
        }
        return true;
    }

    public int count(AttendanceCode code) {
        return (int) halfDays.values().stream().filter(entry -> entry.code() == code).count();
    }

    public Map<AttendanceCode, Integer> countsPerCode() {
        Map<AttendanceCode, Integer> counts = new HashMap<>();
        halfDays.values().stream().filter(entry -> entry.code() != null)
                .forEach(entry -> counts.merge(entry.code(), 1, Integer::sum));
        return counts;
    }

    /** The registered (not revoked) half-days read against the school calendar. */
    public AttendanceFacts facts(SchoolDayIndex schoolDays) {
        return facts(schoolDays, SignalFacts.NONE);
    }

    /** The registered half-days read against the school calendar, next to the year's other signals. */
    public AttendanceFacts facts(SchoolDayIndex schoolDays, SignalFacts signals) {
        return new AttendanceFacts(halfDays.absences(), schoolDays, signals);
    }

    public Map<String, HalfDayEntry> halfDays() {
        return halfDays;
    }
}
