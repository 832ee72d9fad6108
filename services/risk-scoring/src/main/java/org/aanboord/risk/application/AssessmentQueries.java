package org.aanboord.risk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.SignalDomain;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.domain.AttendanceFacts;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.Measure;
import org.aanboord.risk.domain.PupilSignals;
import org.aanboord.risk.domain.PupilYear;
import org.aanboord.risk.domain.SchoolDayIndex;
import org.aanboord.risk.domain.SchoolYear;
import org.aanboord.risk.domain.Slot;
import org.springframework.stereotype.Service;

/** Read side for the console: a pupil's current assessment, every measure in words, and the history. */
@Service
public class AssessmentQueries {

    private static final SchoolDayIndex WEEKDAYS = new SchoolDayIndex(List.of());

    private final ScoringStore store;
    private final AgreementDirectory agreements;
    private final PupilScoring scoring;
    private final Clock clock;

    AssessmentQueries(ScoringStore store, AgreementDirectory agreements, PupilScoring scoring, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.scoring = scoring;
        this.clock = clock;
    }

    /**
     * The pupil's report, only when the pupil has a half-day or a signal of that school year at one of the reader's
     * schools; otherwise nothing, exactly as for a pupil the hub does not know (no pseudonym is confirmed to
     * outsiders).
     */
    public Optional<PupilReport> pupil(String pupilPseudonym, String schoolYear, Set<String> readerSchools) {
        return store.find(pupilPseudonym, schoolYear == null ? SchoolYear.of(LocalDate.now(clock)) : schoolYear)
                .filter(year -> year.state().halfDays().values().stream()
                        .anyMatch(halfDay -> readerSchools.contains(halfDay.schoolId()))
                        || year.state().signals().values().stream()
                                .anyMatch(signal -> readerSchools.contains(signal.schoolId())))
                .map(this::report);
    }

    private PupilReport report(PupilYearHistory pupilYear) {
        PupilYearState state = pupilYear.state();
        PupilYear year = new PupilYear(state.halfDays());
        AttendanceFacts facts = year.facts(calendarOfLatest(state.halfDays()), new PupilSignals(state.signals()).facts());
        List<MeasureReading> measures = Arrays.stream(Measure.values())
                .map(measure -> new MeasureReading(measure.name(), measure.domain(),
                        measure.read(facts, null).value(), measure.read(facts, null).describe()))
                .toList();
        List<RiskAssessmentChanged> history = pupilYear.assessments();
        List<DomainAttention> domains = history.isEmpty() || history.get(history.size() - 1).domains().isEmpty()
                ? Arrays.stream(SignalDomain.values())
                        .map(domain -> new DomainAttention(domain, AttentionLevel.UNIVERSAL, List.of())).toList()
                : history.get(history.size() - 1).domains();
        return new PupilReport(state, year.countsPerCode(), measures, domains, history);
    }

    /** The calendar of the agreement in force for the school and day of the latest registered half-day. */
    private SchoolDayIndex calendarOfLatest(Map<String, HalfDayEntry> halfDays) {
        return halfDays.entrySet().stream()
                .max(Comparator.comparing(entry -> Slot.parse(entry.getKey())))
                .flatMap(latest -> agreements.applicableTo(latest.getValue().schoolId(),
                        Slot.parse(latest.getKey()).date()))
                .map(scoring::schoolDays)
                .orElse(WEEKDAYS);
    }

    /** One pupil-year as the console shows it; {@code history} is every published assessment, oldest first. */
    public record PupilReport(PupilYearState state, Map<AttendanceCode, Integer> countsPerCode,
            List<MeasureReading> measures, List<DomainAttention> domains, List<RiskAssessmentChanged> history) {
    }

    /** The current value of one measure, with what it counted in words (rolling windows at their default length). */
    public record MeasureReading(String measure, SignalDomain domain, int value, String explanation) {
    }
}
