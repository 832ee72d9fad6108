package org.aanboord.risk.domain;

import java.util.HashMap;
import java.util.Map;

import org.aanboord.contracts.attendance.v1.ConcernRaised;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasureRecorded;
import org.aanboord.contracts.attendance.v1.GradeRepetitionRecorded;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.contracts.attendance.v1.ReportPeriodResultRecorded;

/**
 * One pupil's signals of one school year, keyed by what each one is about (the same natural key ingestion uses), so
 * a resend or a replay changes nothing and a newer version of the same signal replaces the older one.
 */
public final class PupilSignals {

    private final Map<String, SignalEntry> signals;

    public PupilSignals(Map<String, SignalEntry> signals) {
        this.signals = new HashMap<>(signals);
    }

    /** @return false when the signal is not newer than the one known under its key (a duplicate or a stale resend) */
    public boolean apply(PupilSignalEvent event) {
        String key = keyOf(event);
        SignalEntry known = signals.get(key);
        if (known != null && known.version() >= event.version()) {
            return false;
        }
        signals.put(key, entryOf(event));
        return true;
    }

    public SignalFacts facts() {
        return new SignalFacts(signals.values());
    }

    public Map<String, SignalEntry> signals() {
        return Map.copyOf(signals);
    }

    static String keyOf(PupilSignalEvent event) {
        String key = kindOf(event) + "|" + event.schoolId() + "|" + event.date();
        if (event instanceof ReportPeriodResultRecorded report) {
            return key + "|" + report.period();
        }
        if (event instanceof GradeRepetitionRecorded repetition) {
            return kindOf(event) + "|" + repetition.schoolYear();
        }
        if (event instanceof DisciplinaryMeasureRecorded measure) {
            return key + "|" + measure.measure();
        }
        ConcernRaised concern = (ConcernRaised) event;
        return key + "|" + concern.raisedBy() + "|" + concern.area();
    }

    private static SignalEntry entryOf(PupilSignalEvent event) {
        if (event instanceof ReportPeriodResultRecorded report) {
            return entry(event, report.failingSubjects(), report.period());
        }
        if (event instanceof GradeRepetitionRecorded repetition) {
            return entry(event, 1, repetition.schoolYear());
        }
        if (event instanceof DisciplinaryMeasureRecorded measure) {
            return entry(event, 1, measure.measure().name());
        }
        return entry(event, 1, ((ConcernRaised) event).area().name());
    }

    private static SignalEntry entry(PupilSignalEvent event, int value, String category) {
        return new SignalEntry(kindOf(event), event.schoolId(), event.date(), value, category, event.version());
    }

    private static SignalKind kindOf(PupilSignalEvent event) {
        if (event instanceof ReportPeriodResultRecorded) {
            return SignalKind.REPORT_PERIOD_RESULT;
        }
        if (event instanceof GradeRepetitionRecorded) {
            return SignalKind.GRADE_REPETITION;
        }
        if (event instanceof DisciplinaryMeasureRecorded) {
            return SignalKind.DISCIPLINARY_MEASURE;
        }
        return SignalKind.CONCERN;
    }
}
