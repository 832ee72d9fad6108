package org.aanboord.risk.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.LegalLadder;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.domain.Assessment;
import org.aanboord.risk.domain.EventTime;
import org.aanboord.risk.domain.PupilSignals;
import org.aanboord.risk.domain.PupilYear;
import org.aanboord.risk.domain.RuleEvaluator;
import org.aanboord.risk.domain.SchoolDayIndex;

/**
 * The scoring step itself, free of storage and messaging, for attendance and for the other signals: live scoring, the rebuild and the back-test all run
 * exactly this, which is what makes their results comparable.
 */
public final class PupilScoring {

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final Map<String, SchoolDayIndex> calendars = new ConcurrentHashMap<>();

    /**
     * Applies one attendance event and assesses the year with the agreement that applies on the half-day's date.
     *
     * @return empty when the event is not newer than what is known for that half-day (nothing changes)
     */
    public Optional<Scored> score(PupilYearState state, AttendanceRegistrationEvent event, AgreementFor agreementFor) {
        PupilYear year = new PupilYear(state.halfDays());
        if (!year.apply(event)) {
            return Optional.empty();
        }
        AgreementPublished agreement = agreementFor.at(event.schoolId(), event.date());
        return Optional.of(reassess(state, year, new PupilSignals(state.signals()), agreement, event.schoolId(),
                EventTime.of(event)));
    }

    /**
     * Applies one signal (report result, grade repetition, disciplinary measure, concern) and assesses the year with
     * the agreement that applies on the signal's date.
     *
     * @return empty when the signal is not newer than the one known under its key (nothing changes)
     */
    public Optional<Scored> score(PupilYearState state, PupilSignalEvent signal, AgreementFor agreementFor) {
        PupilSignals signals = new PupilSignals(state.signals());
        if (!signals.apply(signal)) {
            return Optional.empty();
        }
        AgreementPublished agreement = agreementFor.at(signal.schoolId(), signal.date());
        return Optional.of(reassess(state, new PupilYear(state.halfDays()), signals, agreement, signal.schoolId(),
                signal.recordedAt()));
    }

    private Scored reassess(PupilYearState state, PupilYear year, PupilSignals signals, AgreementPublished agreement,
            String schoolId, Instant cause) {
        Assessment assessment = assess(year, signals, LegalLadder.effectiveRules(agreement), agreement);
        Set<String> before = new HashSet<>(state.holdingRuleIds());
        List<String> newlyHolding = assessment.newlyHoldingSince(before);
        List<String> cleared = assessment.clearedSince(before);
        boolean changed = !newlyHolding.isEmpty() || !cleared.isEmpty()
                || assessment.attentionLevel() != state.attentionLevel();

        RiskAssessmentChanged published = changed
                ? assessmentEvent(state, schoolId, cause, agreement, assessment, newlyHolding, cleared)
                : null;
        PupilYearState next = new PupilYearState(state.pupilPseudonym(), state.schoolYear(), year.halfDays(),
                signals.signals(), assessment.holding().stream().map(rule -> rule.ruleId()).sorted().toList(),
                assessment.attentionLevel(), state.assessmentCount() + (changed ? 1 : 0), state.version());
        return new Scored(next, published);
    }

    /** The agreement version that applies to the school on the day; transient when unknown. */
    public static AgreementFor applicableIn(AgreementDirectory agreements) {
        return (schoolId, day) -> agreements.applicableTo(schoolId, day)
                .orElseThrow(() -> new AgreementNotYetKnownException(schoolId, day));
    }

    /** The rules that hold for this year, measured against the calendar of {@code calendarSource}. */
    private Assessment assess(PupilYear year, PupilSignals signals, List<AlertRule> rules, AgreementPublished calendarSource) {
        return Assessment.of(evaluator.evaluate(rules, year.facts(schoolDays(calendarSource), signals.facts())));
    }

    public SchoolDayIndex schoolDays(AgreementPublished agreement) {
        return calendars.computeIfAbsent(agreement.recordKey(), key -> new SchoolDayIndex(agreement.calendars()));
    }

    private static RiskAssessmentChanged assessmentEvent(PupilYearState state, String schoolId, Instant cause,
            AgreementPublished agreement, Assessment assessment, List<String> newlyHolding, List<String> cleared) {
        School school = AgreementDirectory.school(agreement, schoolId).orElseThrow();
        // Deterministic: rebuilding the state from the topics yields the same assessment ids.
        String identity = state.pupilPseudonym() + "|" + state.schoolYear() + "|" + state.assessmentCount();
        String assessmentId = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
        return new RiskAssessmentChanged(assessmentId, state.pupilPseudonym(), school.id(), school.clbId(),
                school.municipalityId(), state.schoolYear(), agreement.agreementId(), agreement.version(),
                assessment.attentionLevel(), state.attentionLevel(), assessment.holding(), newlyHolding, cleared,
                cause, assessment.domains());
    }

    /**
     * The state after one event and, when something changed that consumers need to know, the assessment to publish.
     */
    public record Scored(PupilYearState next, RiskAssessmentChanged published) {
    }
}
