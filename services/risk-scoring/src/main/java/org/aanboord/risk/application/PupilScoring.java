package org.aanboord.risk.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.LegalLadder;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.domain.Assessment;
import org.aanboord.risk.domain.EventTime;
import org.aanboord.risk.domain.PupilYear;
import org.aanboord.risk.domain.RuleEvaluator;
import org.aanboord.risk.domain.SchoolDayIndex;

/**
 * The scoring step itself, free of storage and messaging: live scoring, the rebuild and the back-test all run
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
    public Optional<Scored> score(PupilYearState state, AttendanceRegistrationEvent event,
            Function<AttendanceRegistrationEvent, AgreementPublished> agreementFor) {
        PupilYear year = new PupilYear(state.halfDays());
        if (!year.apply(event)) {
            return Optional.empty();
        }
        AgreementPublished agreement = agreementFor.apply(event);
        Assessment assessment = assess(year, LegalLadder.effectiveRules(agreement), agreement);
        Set<String> before = new HashSet<>(state.holdingRuleIds());
        List<String> newlyHolding = assessment.newlyHoldingSince(before);
        List<String> cleared = assessment.clearedSince(before);
        boolean changed = !newlyHolding.isEmpty() || !cleared.isEmpty()
                || assessment.attentionLevel() != state.attentionLevel();

        List<RiskAssessmentChanged> history = new ArrayList<>(state.assessments());
        RiskAssessmentChanged published = null;
        if (changed) {
            published = assessmentEvent(event, state, agreement, assessment, newlyHolding, cleared);
            history.add(published);
        }
        PupilYearState next = new PupilYearState(state.pupilPseudonym(), state.schoolYear(), year.halfDays(),
                assessment.holding().stream().map(rule -> rule.ruleId()).sorted().toList(),
                assessment.attentionLevel(), history, state.version());
        return Optional.of(new Scored(next, published));
    }

    /** The agreement version that applies to the event's school on the half-day's date; transient when unknown. */
    public static Function<AttendanceRegistrationEvent, AgreementPublished> applicableIn(AgreementDirectory agreements) {
        return event -> agreements.applicableTo(event.schoolId(), event.date())
                .orElseThrow(() -> new AgreementNotYetKnownException(event.schoolId(), event.date()));
    }

    /** The rules that hold for this year, measured against the calendar of {@code calendarSource}. */
    public Assessment assess(PupilYear year, List<AlertRule> rules, AgreementPublished calendarSource) {
        return Assessment.of(evaluator.evaluate(rules, year.facts(schoolDays(calendarSource))));
    }

    public SchoolDayIndex schoolDays(AgreementPublished agreement) {
        return calendars.computeIfAbsent(agreement.recordKey(), key -> new SchoolDayIndex(agreement.calendars()));
    }

    private static RiskAssessmentChanged assessmentEvent(AttendanceRegistrationEvent event, PupilYearState state,
            AgreementPublished agreement, Assessment assessment, List<String> newlyHolding, List<String> cleared) {
        School school = AgreementDirectory.school(agreement, event.schoolId()).orElseThrow();
        // Deterministic: rebuilding the state from the topics yields the same assessment ids.
        String identity = event.pupilPseudonym() + "|" + state.schoolYear() + "|" + state.assessments().size();
        String assessmentId = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
        return new RiskAssessmentChanged(assessmentId, event.pupilPseudonym(), school.id(), school.clbId(),
                school.municipalityId(), state.schoolYear(), agreement.agreementId(), agreement.version(),
                assessment.attentionLevel(), state.attentionLevel(), assessment.holding(), newlyHolding, cleared,
                EventTime.of(event), assessment.domains());
    }

    /**
     * The state after one event and, when something changed that consumers need to know, the assessment to publish.
     */
    public record Scored(PupilYearState next, RiskAssessmentChanged published) {
    }
}
