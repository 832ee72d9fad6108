package org.aanboord.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.risk.domain.HalfDayEntry;
import org.junit.jupiter.api.Test;

/** The console's lists: a school's pupils by their latest school, and region figures per school and ISO week. */
class RegionQueriesTest {

    private final List<PupilYearHistory> states = new ArrayList<>();
    private final RegionQueries queries = new RegionQueries(new ListStore(),
            Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Europe/Brussels")));

    @Test
    void aSchoolSeesItsPupilsHighestLevelFirstWithTheRulesThatHoldAndAPupilWhoMovedOnlyAtTheNewSchool() {
        RuleOutcome fiveB = new RuleOutcome("clb-notification-5b", "5 B", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, 5,
                AttentionLevel.TARGETED, "B half-days this school year: 5 ≥ 5");
        states.add(state("quiet", Map.of("2026-10-05/AM", entry("school-1", AttendanceCode.Z)), AttentionLevel.UNIVERSAL,
                List.of()));
        states.add(state("flagged", Map.of("2026-10-05/AM", entry("school-1", AttendanceCode.B),
                "2026-10-12/PM", entry("school-1", AttendanceCode.B)), AttentionLevel.TARGETED,
                List.of(assessment("flagged", AttentionLevel.TARGETED, List.of(fiveB), "2026-10-12T10:00:00Z"))));
        states.add(state("moved", Map.of("2026-10-05/AM", entry("school-1", AttendanceCode.B),
                "2026-10-06/AM", entry("school-2", AttendanceCode.B)), AttentionLevel.UNIVERSAL, List.of()));

        assertThat(queries.pupilsOf("school-1", null)).extracting(RegionQueries.PupilSummary::pupilPseudonym)
                .containsExactly("flagged", "quiet");
        RegionQueries.PupilSummary flagged = queries.pupilsOf("school-1", "2026-2027").get(0);
        assertThat(flagged.problematicHalfDays()).isEqualTo(2);
        assertThat(flagged.holdingRules()).extracting(RuleOutcome::explanation)
                .containsExactly("B half-days this school year: 5 ≥ 5");
        assertThat(queries.pupilsOf("school-2", null)).extracting(RegionQueries.PupilSummary::pupilPseudonym)
                .containsExactly("moved");

        RegionQueries.RegionStatistics region = queries.statistics(null);
        assertThat(region.schoolYear()).isEqualTo("2026-2027");
        assertThat(region.problematicHalfDaysPerWeek()).extracting(RegionQueries.WeekFigures::week)
                .containsExactly("2026-W41", "2026-W42");
        assertThat(region.problematicHalfDaysPerWeek().get(0).perSchool())
                .isEqualTo(Map.of("school-1", 2, "school-2", 1));
        assertThat(region.schools()).extracting(RegionQueries.SchoolFigures::schoolId)
                .containsExactly("school-1", "school-2");
        assertThat(region.schools().get(0).pupilsPerLevel())
                .isEqualTo(Map.of(AttentionLevel.UNIVERSAL, 1, AttentionLevel.TARGETED, 1));
        assertThat(region.assessedLevelsPerWeek()).singleElement().satisfies(week -> {
            assertThat(week.week()).isEqualTo("2026-W42");
            assertThat(week.pupilsPerLevel()).isEqualTo(Map.of(AttentionLevel.TARGETED, 1));
        });
    }

    private static HalfDayEntry entry(String school, AttendanceCode code) {
        return new HalfDayEntry(school, code, 1);
    }

    private static PupilYearHistory state(String pupil, Map<String, HalfDayEntry> halfDays, AttentionLevel level,
            List<RiskAssessmentChanged> assessments) {
        return new PupilYearHistory(new PupilYearState(pupil, "2026-2027", halfDays, Map.of(), List.of(), level,
                assessments.size(), 1L), assessments);
    }

    private static RiskAssessmentChanged assessment(String pupil, AttentionLevel level, List<RuleOutcome> rules,
            String at) {
        return new RiskAssessmentChanged("a-" + pupil, pupil, "school-1", "clb-demo", "municipality-demo", "2026-2027",
                "agreement-demo", 1, level, AttentionLevel.UNIVERSAL, rules, List.of(), List.of(), Instant.parse(at));
    }

    /** The states of this test as a store; only the school-year scan is used by the queries. */
    private final class ListStore implements ScoringStore {

        @Override
        public Optional<PupilYearHistory> find(String pupilPseudonym, String schoolYear) {
            return states.stream().filter(s -> s.state().pupilPseudonym().equals(pupilPseudonym)).findFirst();
        }

        @Override
        public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Object> saveAll(Collection<Change> changes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEachInSchoolYear(String schoolYear, Consumer<PupilYearHistory> each) {
            states.stream().filter(s -> s.state().schoolYear().equals(schoolYear)).forEach(each);
        }

        @Override
        public long estimatedCount() {
            return states.size();
        }

        @Override
        public String collection() {
            return "in-memory";
        }
    }
}
