package org.aanboord.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.IndicatorOffTarget;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.ConcernRaised;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasureRecorded;
import org.aanboord.contracts.attendance.v1.GradeRepetitionRecorded;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;
import org.aanboord.contracts.attendance.v1.PupilChangedSchool;
import org.aanboord.contracts.attendance.v1.PupilEnrolled;
import org.aanboord.contracts.attendance.v1.PupilUnenrolled;
import org.aanboord.contracts.attendance.v1.ReportPeriodResultRecorded;
import org.aanboord.contracts.cases.v1.CaseActionDue;
import org.aanboord.contracts.cases.v1.CaseDeadlineMissed;
import org.aanboord.contracts.cases.v1.CaseNoteAdded;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseSignalAdded;
import org.aanboord.contracts.cases.v1.CaseStatusChanged;
import org.aanboord.contracts.notifications.v1.AlertAcknowledged;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.notifications.v1.AlertEscalated;
import org.aanboord.contracts.notifications.v1.AlertFailed;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;

/** Every event type that exists on the wire. A consumer resolves {@code ce_type} here, never from a class name. */
public final class EventCatalog {

    private static final List<EventType> TYPES = List.of(
            new EventType("org.aanboord.attendance.HalfDayRegistered.v1", Topic.ATTENDANCE_REGISTRATIONS,
                    HalfDayRegistered.class, "HalfDayRegistered"),
            new EventType("org.aanboord.attendance.HalfDayCorrected.v1", Topic.ATTENDANCE_REGISTRATIONS,
                    HalfDayCorrected.class, "HalfDayCorrected"),
            new EventType("org.aanboord.attendance.HalfDayRevoked.v1", Topic.ATTENDANCE_REGISTRATIONS,
                    HalfDayRevoked.class, "HalfDayRevoked"),
            new EventType("org.aanboord.attendance.PupilEnrolled.v1", Topic.ATTENDANCE_ENROLMENTS,
                    PupilEnrolled.class, "PupilEnrolled"),
            new EventType("org.aanboord.attendance.PupilUnenrolled.v1", Topic.ATTENDANCE_ENROLMENTS,
                    PupilUnenrolled.class, "PupilUnenrolled"),
            new EventType("org.aanboord.attendance.PupilChangedSchool.v1", Topic.ATTENDANCE_ENROLMENTS,
                    PupilChangedSchool.class, "PupilChangedSchool"),
            new EventType("org.aanboord.attendance.ReportPeriodResultRecorded.v1", Topic.ATTENDANCE_SIGNALS,
                    ReportPeriodResultRecorded.class, "ReportPeriodResultRecorded"),
            new EventType("org.aanboord.attendance.GradeRepetitionRecorded.v1", Topic.ATTENDANCE_SIGNALS,
                    GradeRepetitionRecorded.class, "GradeRepetitionRecorded"),
            new EventType("org.aanboord.attendance.DisciplinaryMeasureRecorded.v1", Topic.ATTENDANCE_SIGNALS,
                    DisciplinaryMeasureRecorded.class, "DisciplinaryMeasureRecorded"),
            new EventType("org.aanboord.attendance.ConcernRaised.v1", Topic.ATTENDANCE_SIGNALS,
                    ConcernRaised.class, "ConcernRaised"),
            new EventType("org.aanboord.risk.RiskAssessmentChanged.v1", Topic.RISK_ASSESSMENTS,
                    RiskAssessmentChanged.class, "RiskAssessmentChanged"),
            new EventType("org.aanboord.cases.CaseOpened.v1", Topic.CASES_LIFECYCLE,
                    CaseOpened.class, "CaseOpened"),
            new EventType("org.aanboord.cases.CaseSignalAdded.v1", Topic.CASES_LIFECYCLE,
                    CaseSignalAdded.class, "CaseSignalAdded"),
            new EventType("org.aanboord.cases.CaseStatusChanged.v1", Topic.CASES_LIFECYCLE,
                    CaseStatusChanged.class, "CaseStatusChanged"),
            new EventType("org.aanboord.cases.CaseActionDue.v1", Topic.CASES_LIFECYCLE,
                    CaseActionDue.class, "CaseActionDue"),
            new EventType("org.aanboord.cases.CaseDeadlineMissed.v1", Topic.CASES_LIFECYCLE,
                    CaseDeadlineMissed.class, "CaseDeadlineMissed"),
            new EventType("org.aanboord.cases.CaseNoteAdded.v1", Topic.CASES_LIFECYCLE,
                    CaseNoteAdded.class, "CaseNoteAdded"),
            new EventType("org.aanboord.agreements.AgreementPublished.v1", Topic.AGREEMENTS_LIFECYCLE,
                    AgreementPublished.class, "AgreementPublished"),
            new EventType("org.aanboord.agreements.IndicatorOffTarget.v1", Topic.AGREEMENTS_INDICATORS,
                    IndicatorOffTarget.class, "IndicatorOffTarget"),
            new EventType("org.aanboord.notifications.AlertDelivered.v1", Topic.NOTIFICATIONS_OUTCOMES,
                    AlertDelivered.class, "AlertDelivered"),
            new EventType("org.aanboord.notifications.AlertAcknowledged.v1", Topic.NOTIFICATIONS_OUTCOMES,
                    AlertAcknowledged.class, "AlertAcknowledged"),
            new EventType("org.aanboord.notifications.AlertFailed.v1", Topic.NOTIFICATIONS_OUTCOMES,
                    AlertFailed.class, "AlertFailed"),
            new EventType("org.aanboord.notifications.AlertEscalated.v1", Topic.NOTIFICATIONS_OUTCOMES,
                    AlertEscalated.class, "AlertEscalated"));

    /** Looked up for every record read and every event published, so by key rather than by scanning. */
    private static final Map<String, EventType> BY_CE_TYPE = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_JAVA_TYPE = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return TYPES;
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(ceType == null ? null : BY_CE_TYPE.get(ceType));
    }

    public static EventType of(Class<? extends Record> javaType) {
        EventType type = BY_JAVA_TYPE.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException("Not an event in the catalog: " + javaType.getName());
        }
        return type;
    }
}
