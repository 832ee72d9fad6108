package org.aanboord.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernArea;
import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernSource;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasure;

/**
 * One early-warning signal other than attendance as a school's software sends it to {@code POST /api/signals}, with
 * when it is sent. Only the fields of its kind are set; the others are null. No free text, no sensitive attributes.
 */
public record SyntheticSignal(String schoolId, String pupilId, LocalDate date, Kind kind, String period,
        Integer failingSubjects, String schoolYear, DisciplinaryMeasure measure, ConcernSource raisedBy,
        ConcernArea area, LocalDateTime sentAt) {

    /** The kinds ingestion accepts, by their wire names. */
    public enum Kind {
        REPORT_PERIOD_RESULT,
        GRADE_REPETITION,
        DISCIPLINARY_MEASURE,
        CONCERN
    }

    static SyntheticSignal reportResult(String schoolId, String pupilId, LocalDate date, String period,
            int failingSubjects, LocalDateTime sentAt) {
        return new SyntheticSignal(schoolId, pupilId, date, Kind.REPORT_PERIOD_RESULT, period, failingSubjects, null,
                null, null, null, sentAt);
    }

    static SyntheticSignal gradeRepetition(String schoolId, String pupilId, LocalDate date, String schoolYear,
            LocalDateTime sentAt) {
        return new SyntheticSignal(schoolId, pupilId, date, Kind.GRADE_REPETITION, null, null, schoolYear, null, null,
                null, sentAt);
    }

    static SyntheticSignal disciplinaryMeasure(String schoolId, String pupilId, LocalDate date,
            DisciplinaryMeasure measure, LocalDateTime sentAt) {
        return new SyntheticSignal(schoolId, pupilId, date, Kind.DISCIPLINARY_MEASURE, null, null, null, measure, null,
                null, sentAt);
    }

    static SyntheticSignal concern(String schoolId, String pupilId, LocalDate date, ConcernSource raisedBy,
            ConcernArea area, LocalDateTime sentAt) {
        return new SyntheticSignal(schoolId, pupilId, date, Kind.CONCERN, null, null, null, null, raisedBy, area,
                sentAt);
    }

    /** The JSON body of {@code POST /api/signals}: the common fields and those of its kind; safe characters only. */
    public String toJson() {
        StringBuilder json = new StringBuilder(160).append("{\"schoolId\":\"").append(schoolId)
                .append("\",\"pupilId\":\"").append(pupilId).append("\",\"kind\":\"").append(kind)
                .append("\",\"date\":\"").append(date).append('"');
        field(json, "period", period);
        if (failingSubjects != null) {
            json.append(",\"failingSubjects\":").append(failingSubjects);
        }
        field(json, "schoolYear", schoolYear);
        field(json, "measure", measure);
        field(json, "raisedBy", raisedBy);
        field(json, "area", area);
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, Object value) {
        if (value != null) {
            json.append(",\"").append(name).append("\":\"").append(value).append('"');
        }
    }
}
