package org.aanboord.synthetic;

import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.platform.calendar.SchoolDays;

/** A generated region: its agreement (as published on agreements.lifecycle.v1), schools and pupils. */
public record Region(RegionSpec spec, AgreementPublished agreement, List<SyntheticSchool> schools, List<Pupil> pupils) {

    public SchoolDays schoolDays() {
        return new SchoolDays(agreement.calendars());
    }

    /** The registrations schools would send over the spec's period, in the order they would send them. */
    public AttendanceStream attendance() {
        return new AttendanceStream(this);
    }

    /**
     * The early-warning signals other than attendance (report results, grade repetitions, disciplinary measures,
     * concerns) over the spec's period, in date order, following the same pupils' absences.
     */
    public SignalStream signals() {
        return new SignalStream(this);
    }
}
