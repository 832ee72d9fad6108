package org.aanboord.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.platform.calendar.SchoolDays;
import org.aanboord.synthetic.SyntheticRegistration.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionGeneratorTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 18);
    private static Region region;
    private static List<SyntheticRegistration> stream;

    @BeforeAll
    static void generate() {
        region = RegionGenerator.generate(RegionSpec.ofPupils(7, 4_000, FROM, UNTIL));
        stream = drain(region);
    }

    @Test
    void theSameSeedGivesTheSameRegionAndTheSameRegistrationsInTheSameOrder() {
        Region again = RegionGenerator.generate(RegionSpec.ofPupils(7, 4_000, FROM, UNTIL));
        assertThat(again.agreement()).isEqualTo(region.agreement());
        assertThat(again.pupils()).isEqualTo(region.pupils());
        assertThat(drain(again)).isEqualTo(stream);
    }

    @Test
    void anotherSeedGivesAnotherRegion() {
        Region other = RegionGenerator.generate(RegionSpec.ofPupils(8, 4_000, FROM, UNTIL));
        assertThat(other.pupils()).isNotEqualTo(region.pupils());
        assertThat(drain(other)).isNotEqualTo(stream);
    }

    @Test
    void everyRegistrationIsOnASchoolDayAtASchoolOfTheAgreementWhereThePupilIsEnrolled() {
        SchoolDays days = region.schoolDays();
        Set<String> listed = region.agreement().schools().stream().map(School::id).collect(Collectors.toSet());
        Map<String, Pupil> pupils = region.pupils().stream().collect(Collectors.toMap(Pupil::id, pupil -> pupil));
        assertThat(stream).allSatisfy(registration -> {
            assertThat(days.isSchoolDay(registration.date())).isTrue();
            assertThat(listed).contains(registration.schoolId());
            assertThat(pupils.get(registration.pupilId()).enrolmentOn(registration.date()))
                    .hasValueSatisfying(enrolment -> assertThat(enrolment.schoolId()).isEqualTo(registration.schoolId()));
            assertThat(registration.sentAt().toLocalDate()).isAfterOrEqualTo(registration.date());
        });
        assertThat(stream).extracting(SyntheticRegistration::sentAt).isSorted();
    }

    @Test
    void mostPupilsAreRarelyAbsentWithALongTail() {
        int halfDays = 2 * (region.schoolDays().schoolDaysBetween(FROM.minusDays(1), UNTIL));
        Map<String, Long> absences = onTimeOrLate().stream()
                .collect(Collectors.groupingBy(SyntheticRegistration::pupilId, Collectors.counting()));
        List<Double> rates = region.pupils().stream()
                .map(pupil -> absences.getOrDefault(pupil.id(), 0L) / (double) halfDays).sorted().toList();
        assertThat(rates.get(rates.size() / 2)).as("median absence rate").isBetween(0.005, 0.05);
        assertThat(rates.get(rates.size() * 95 / 100)).as("95th percentile").isGreaterThan(0.05);
        assertThat(rates.get(rates.size() - 1)).as("the worst").isGreaterThan(0.25);
    }

    @Test
    void problematicAbsenceIsRareExceptInTheAtRiskCohortWhereItEscalatesOverTheWeeks() {
        Map<String, Long> problematic = onTimeOrLate().stream().filter(registration -> "B".equals(registration.code()))
                .collect(Collectors.groupingBy(SyntheticRegistration::pupilId, Collectors.counting()));
        List<Pupil> atRisk = region.pupils().stream().filter(pupil -> pupil.profile() == Profile.AT_RISK).toList();
        List<Pupil> regular = region.pupils().stream().filter(pupil -> pupil.profile() == Profile.REGULAR).toList();
        assertThat(atRisk.size() / (double) region.pupils().size()).as("at-risk share").isBetween(0.02, 0.05);
        assertThat(regular.stream().filter(pupil -> problematic.getOrDefault(pupil.id(), 0L) >= 5).count())
                .as("regular pupils reaching 5 B").isLessThan(regular.size() / 200);
        long atRiskReachingFive = atRisk.stream().filter(pupil -> problematic.getOrDefault(pupil.id(), 0L) >= 5).count();
        assertThat(atRiskReachingFive).as("at-risk pupils reaching 5 B").isGreaterThan(atRisk.size() / 2);

        Map<Integer, Integer> byWeekSinceOnset = new HashMap<>();
        Map<String, Pupil> atRiskById = atRisk.stream().collect(Collectors.toMap(Pupil::id, pupil -> pupil));
        for (SyntheticRegistration registration : onTimeOrLate()) {
            Pupil pupil = atRiskById.get(registration.pupilId());
            if (pupil != null && "B".equals(registration.code()) && !registration.date().isBefore(pupil.riskOnset())) {
                byWeekSinceOnset.merge((int) (registration.date().toEpochDay() - pupil.riskOnset().toEpochDay()) / 7, 1,
                        Integer::sum);
            }
        }
        double perPupilWeekOne = byWeekSinceOnset.getOrDefault(0, 0) / (double) countOnsetAtLeast(0);
        double perPupilWeekFour = byWeekSinceOnset.getOrDefault(4, 0) / (double) countOnsetAtLeast(4);
        assertThat(perPupilWeekFour).as("B per at-risk pupil in week 5 vs week 1").isGreaterThan(2 * perPupilWeekOne);
    }

    @Test
    void someAtRiskPupilsLeaveSchoolAndAreNeverRegisteredAgain() {
        Map<String, LocalDate> lastRegistered = new HashMap<>();
        onTimeOrLate().forEach(registration -> lastRegistered.merge(registration.pupilId(), registration.date(),
                (a, b) -> a.isAfter(b) ? a : b));
        List<Pupil> leavers = region.pupils().stream().filter(Pupil::mayLeaveSchool)
                .filter(pupil -> lastRegistered.containsKey(pupil.id()))
                .filter(pupil -> lastRegistered.get(pupil.id()).isBefore(UNTIL.minusDays(14)))
                .toList();
        assertThat(leavers).as("drop-outs silent for the last two weeks").isNotEmpty();
        assertThat(region.pupils().stream().filter(Pupil::changesSchool).count()).as("school changes")
                .isBetween(region.pupils().size() / 100L, region.pupils().size() / 25L);
    }

    @Test
    void correctionsLateRegistrationsAndResendsAreAFewPercent() {
        Map<Kind, Long> kinds = stream.stream().collect(Collectors.groupingBy(SyntheticRegistration::kind,
                Collectors.counting()));
        assertThat(kinds.get(Kind.LATE) / (double) stream.size()).isBetween(0.01, 0.03);
        assertThat(kinds.get(Kind.CORRECTION) / (double) stream.size()).isBetween(0.007, 0.025);
        assertThat(kinds.get(Kind.RESEND)).isPositive();
        assertThat(stream.stream().filter(registration -> registration.kind() == Kind.CORRECTION))
                .allSatisfy(correction -> assertThat(correction.sentAt().toLocalDate()).isAfter(correction.date()));
    }

    @Test
    void nationalNumbersAreWellFormedAndPassTheCheckDigits() {
        assertThat(region.pupils()).allSatisfy(pupil -> {
            String digits = pupil.nationalNumber();
            assertThat(digits).matches("[0-9]{11}");
            long body = Long.parseLong(digits.substring(0, 9));
            int check = Integer.parseInt(digits.substring(9));
            assertThat(97 - (2_000_000_000L + body) % 97 == check || 97 - body % 97 == check).isTrue();
        });
    }

    @Test
    void theJsonAndCsvShapesAreThoseOfTheIngestionApi() {
        SyntheticRegistration first = stream.get(0);
        assertThat(first.toJson()).isEqualTo("{\"schoolId\":\"%s\",\"pupilId\":\"%s\",\"date\":\"%s\",\"halfDay\":\"%s\",\"code\":\"%s\"}"
                .formatted(first.schoolId(), first.pupilId(), first.date(), first.halfDay(), first.code()));
        assertThat(first.toCsvRow().split(";")).hasSize(SyntheticRegistration.CSV_HEADER.split(";").length);
    }

    @Test
    void thePeakHalfDayRegistersEveryEnrolledPupilOnce() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<SyntheticRegistration> peak = new ArrayList<>();
        new PeakHalfDay(region, monday, "AM").forEachRemaining(peak::add);
        long enrolled = region.pupils().stream().filter(pupil -> pupil.enrolmentOn(monday).isPresent()).count();
        assertThat(peak).hasSize((int) enrolled);
        assertThat(peak.stream().map(SyntheticRegistration::pupilId).distinct().count()).isEqualTo(enrolled);
    }

    private static long countOnsetAtLeast(int weeks) {
        return region.pupils().stream().filter(pupil -> pupil.riskOnset() != null)
                .filter(pupil -> !pupil.riskOnset().plusWeeks(weeks + 1).isAfter(UNTIL)).count();
    }

    private static List<SyntheticRegistration> onTimeOrLate() {
        return stream.stream().filter(registration -> registration.kind() == Kind.ON_TIME
                || registration.kind() == Kind.LATE).toList();
    }

    private static List<SyntheticRegistration> drain(Region region) {
        List<SyntheticRegistration> all = new ArrayList<>();
        region.attendance().forEachRemaining(all::add);
        return all;
    }
}
