package org.aanboord.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.PupilFactValidator;
import org.aanboord.ingestion.domain.PupilIdentity;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.ingestion.domain.SignalRequest;
import org.aanboord.synthetic.SyntheticSignal.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class SignalStreamTest {

    /** A whole school year: four report periods, the year start, the at-risk cohort's escalation. */
    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    private static Region region;
    private static List<SyntheticSignal> signals;

    @BeforeAll
    static void generate() {
        region = RegionGenerator.generate(RegionSpec.ofPupils(11, 3_000, FROM, UNTIL));
        signals = drain(region);
    }

    @Test
    void theSameSeedGivesTheSameSignalsInTheSameOrderAndAnotherSeedOthers() {
        assertThat(drain(RegionGenerator.generate(RegionSpec.ofPupils(11, 3_000, FROM, UNTIL)))).isEqualTo(signals);
        assertThat(drain(RegionGenerator.generate(RegionSpec.ofPupils(12, 3_000, FROM, UNTIL)))).isNotEqualTo(signals);
    }

    @Test
    void everySignalPassesIngestionsValidatorAsTheJsonItIsSent() {
        Set<String> listed = region.agreement().schools().stream().map(School::id).collect(Collectors.toSet());
        Predicate<String> knownSchool = listed::contains;
        PupilFactValidator validator = new PupilFactValidator(knownSchool,
                new PupilIdentity(new Pseudonymizer(new byte[32])));
        // Ingestion refuses unknown properties by name; so does this reader.
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(signals).allSatisfy(signal -> {
            List<FieldError> errors = new ArrayList<>();
            SignalRequest request = json.readValue(signal.toJson(), SignalRequest.class);
            assertThat(validator.signal(request, UNTIL, errors)).as(signal.toJson() + " " + errors).isPresent();
        });
        assertThat(signals).extracting(SyntheticSignal::kind).containsOnly(Kind.values());
    }

    @Test
    void signalsComeInDateOrderOnSchoolDaysAtThePupilsSchoolOfThatDay() {
        Map<String, Pupil> pupils = region.pupils().stream().collect(Collectors.toMap(Pupil::id, pupil -> pupil));
        assertThat(signals).extracting(SyntheticSignal::sentAt).isSorted();
        assertThat(signals).allSatisfy(signal -> {
            assertThat(region.schoolDays().isSchoolDay(signal.date())).isTrue();
            assertThat(pupils.get(signal.pupilId()).enrolmentOn(signal.date())).hasValueSatisfying(
                    enrolment -> assertThat(enrolment.schoolId()).isEqualTo(signal.schoolId()));
        });
    }

    @Test
    void everySecondaryPupilGetsAResultAtTheEndOfEachReportPeriodAndOnlyThen() {
        Map<String, Long> periods = of(Kind.REPORT_PERIOD_RESULT).stream()
                .collect(Collectors.groupingBy(SyntheticSignal::period, Collectors.counting()));
        assertThat(periods.keySet()).containsExactlyInAnyOrder("2025-2026 R1", "2025-2026 R2", "2025-2026 R3",
                "2025-2026 R4");
        long secondary = region.pupils().stream().filter(pupil -> pupil.level() == Level.SECONDARY).count();
        long droppedOut = region.pupils().stream().filter(Pupil::mayLeaveSchool).count();
        assertThat(periods.get("2025-2026 R1")).isBetween(secondary - droppedOut, secondary);
        assertThat(of(Kind.REPORT_PERIOD_RESULT)).extracting(SyntheticSignal::date).containsOnly(
                LocalDate.of(2025, 10, 24), LocalDate.of(2025, 12, 19), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 6, 30));
        assertThat(of(Kind.REPORT_PERIOD_RESULT)).noneMatch(signal -> pupil(signal).level() == Level.PRIMARY);
    }

    @Test
    void theAtRiskFailMoreSubjectsAndMoreAsTheYearGoesOn() {
        double regularFirst = meanFailing(Profile.REGULAR, "2025-2026 R1");
        double atRiskFirst = meanFailing(Profile.AT_RISK, "2025-2026 R1");
        double atRiskLast = meanFailing(Profile.AT_RISK, "2025-2026 R4");
        assertThat(regularFirst).isBetween(0.1, 0.6);
        assertThat(atRiskFirst).isGreaterThan(2 * regularFirst);
        assertThat(atRiskLast).isGreaterThan(atRiskFirst + 1);
    }

    @Test
    void gradeRepetitionIsRecordedOnTheFirstSchoolDayForASmallShareMostlyOfTheAtRisk() {
        List<SyntheticSignal> repetitions = of(Kind.GRADE_REPETITION);
        assertThat(repetitions).extracting(SyntheticSignal::date).containsOnly(LocalDate.of(2025, 9, 1));
        assertThat(repetitions).extracting(SyntheticSignal::schoolYear).containsOnly("2025-2026");
        assertThat((double) repetitions.size() / region.pupils().size()).isBetween(0.01, 0.06);
        assertThat(perPupil(Kind.GRADE_REPETITION, Profile.AT_RISK))
                .isGreaterThan(3 * perPupil(Kind.GRADE_REPETITION, Profile.REGULAR));
    }

    @Test
    void atRiskPupilsGetFarMoreMeasuresAndConcernsThanOthersAndMoreOnceTruancyHasStarted() {
        for (Kind kind : List.of(Kind.DISCIPLINARY_MEASURE, Kind.CONCERN)) {
            assertThat(perPupil(kind, Profile.AT_RISK)).as(kind.name())
                    .isGreaterThan(5 * perPupil(kind, Profile.REGULAR));
        }
        List<SyntheticSignal> atRisk = of(Kind.CONCERN).stream()
                .filter(signal -> pupil(signal).profile() == Profile.AT_RISK).toList();
        long beforeOnset = atRisk.stream().filter(signal -> signal.date().isBefore(pupil(signal).riskOnset())).count();
        assertThat(atRisk.size() - beforeOnset).isGreaterThan(3 * beforeOnset);
        assertThat(of(Kind.DISCIPLINARY_MEASURE).stream().filter(signal -> pupil(signal).profile() == Profile.AT_RISK)
                .count()).isGreaterThan(of(Kind.DISCIPLINARY_MEASURE).size() / 2);
    }

    @Test
    void noSignalFollowsAPupilWhoLeftSchool() {
        Map<String, Long> problematic = new HashMap<>();
        Map<String, LocalDate> lastRegistered = new HashMap<>();
        region.attendance().forEachRemaining(registration -> {
            lastRegistered.merge(registration.pupilId(), registration.date(), (a, b) -> a.isAfter(b) ? a : b);
            if ("B".equals(registration.code()) && registration.kind() != SyntheticRegistration.Kind.CORRECTION
                    && registration.kind() != SyntheticRegistration.Kind.RESEND) {
                problematic.merge(registration.pupilId(), 1L, Long::sum);
            }
        });
        Set<String> left = region.pupils().stream().filter(pupil -> pupil.mayLeaveSchool()
                && problematic.getOrDefault(pupil.id(), 0L) >= pupil.leavesAfterProblematic()).map(Pupil::id)
                .collect(Collectors.toSet());
        assertThat(left).isNotEmpty();
        assertThat(signals).filteredOn(signal -> left.contains(signal.pupilId()))
                .allSatisfy(signal -> assertThat(signal.date()).isBefore(lastRegistered.get(signal.pupilId())));
    }

    private static double meanFailing(Profile profile, String period) {
        return of(Kind.REPORT_PERIOD_RESULT).stream()
                .filter(signal -> signal.period().equals(period) && pupil(signal).profile() == profile)
                .mapToInt(SyntheticSignal::failingSubjects).average().orElseThrow();
    }

    /** Signals of a kind per secondary pupil of a profile (measures are recorded in secondary schools only). */
    private static double perPupil(Kind kind, Profile profile) {
        Predicate<Pupil> counted = pupil -> pupil.profile() == profile && pupil.level() == Level.SECONDARY;
        long pupils = region.pupils().stream().filter(counted).count();
        return (double) of(kind).stream().filter(signal -> counted.test(pupil(signal))).count() / pupils;
    }

    private static List<SyntheticSignal> of(Kind kind) {
        return signals.stream().filter(signal -> signal.kind() == kind).toList();
    }

    private static Pupil pupil(SyntheticSignal signal) {
        return region.pupils().get(Integer.parseInt(signal.pupilId().substring(signal.pupilId().lastIndexOf('-') + 1)));
    }

    private static List<SyntheticSignal> drain(Region region) {
        List<SyntheticSignal> all = new ArrayList<>();
        region.signals().forEachRemaining(all::add);
        return all;
    }
}
