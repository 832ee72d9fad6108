package org.aanboord.risk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.SchoolYear;
import org.aanboord.risk.domain.Slot;
import org.springframework.stereotype.Service;

/**
 * Read side for the console's lists and the regisseur's dashboard: the pupils of one school with their attention
 * level and why, and region-wide figures (never a pupil) per school and per ISO week. Both scan the school year's
 * states once; the region has thousands of pupils, not millions.
 */
@Service
public class RegionQueries {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ScoringStore store;
    private final Clock clock;

    RegionQueries(ScoringStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public String schoolYearOrCurrent(String schoolYear) {
        return schoolYear == null || schoolYear.isBlank() ? SchoolYear.of(LocalDate.now(clock)) : schoolYear;
    }

    /** Pupils whose latest registered half-day is at this school, highest attention level first. */
    public List<PupilSummary> pupilsOf(String schoolId, String schoolYear) {
        List<PupilSummary> pupils = new ArrayList<>();
        store.forEachInSchoolYear(schoolYearOrCurrent(schoolYear), year -> latestSchool(year.state())
                .filter(schoolId::equals)
                .ifPresent(school -> pupils.add(summary(year))));
        pupils.sort(Comparator.comparing(PupilSummary::attentionLevel).reversed()
                .thenComparing(Comparator.comparingInt(PupilSummary::problematicHalfDays).reversed())
                .thenComparing(PupilSummary::pupilPseudonym));
        return pupils;
    }

    public RegionStatistics statistics(String schoolYear) {
        String year = schoolYearOrCurrent(schoolYear);
        Map<String, Map<AttentionLevel, Integer>> levelsPerSchool = new TreeMap<>();
        Map<String, Map<String, Integer>> problematicPerWeek = new TreeMap<>();
        Map<String, Map<AttentionLevel, Integer>> assessedLevelsPerWeek = new TreeMap<>();
        store.forEachInSchoolYear(year, pupilYear -> {
            PupilYearState state = pupilYear.state();
            latestSchool(state).ifPresent(school -> levelsPerSchool
                    .computeIfAbsent(school, s -> new EnumMap<>(AttentionLevel.class))
                    .merge(state.attentionLevel(), 1, Integer::sum));
            state.halfDays().forEach((slot, entry) -> {
                if (entry.code() == AttendanceCode.B) {
                    problematicPerWeek.computeIfAbsent(isoWeek(Slot.parse(slot).date()), w -> new TreeMap<>())
                            .merge(entry.schoolId(), 1, Integer::sum);
                }
            });
            lastLevelPerWeek(pupilYear.assessments()).forEach((week, level) -> assessedLevelsPerWeek
                    .computeIfAbsent(week, w -> new EnumMap<>(AttentionLevel.class)).merge(level, 1, Integer::sum));
        });
        return new RegionStatistics(year,
                levelsPerSchool.entrySet().stream().map(e -> new SchoolFigures(e.getKey(), e.getValue())).toList(),
                problematicPerWeek.entrySet().stream().map(e -> new WeekFigures(e.getKey(), e.getValue())).toList(),
                assessedLevelsPerWeek.entrySet().stream()
                        .map(e -> new LevelWeek(e.getKey(), e.getValue())).toList());
    }

    private static PupilSummary summary(PupilYearHistory pupilYear) {
        PupilYearState state = pupilYear.state();
        List<RiskAssessmentChanged> history = pupilYear.assessments();
        List<RuleOutcome> holding = history.isEmpty() ? List.of() : history.get(history.size() - 1).triggeredRules();
        int problematic = (int) state.halfDays().values().stream()
                .filter(entry -> entry.code() == AttendanceCode.B).count();
        LocalDate lastRegistered = state.halfDays().keySet().stream().map(Slot::parse).max(Comparator.naturalOrder())
                .map(Slot::date).orElse(null);
        return new PupilSummary(state.pupilPseudonym(), state.attentionLevel(), problematic, holding, lastRegistered);
    }

    private static Optional<String> latestSchool(PupilYearState state) {
        return state.halfDays().entrySet().stream()
                .max(Comparator.comparing(entry -> Slot.parse(entry.getKey())))
                .map(Map.Entry::getValue).map(HalfDayEntry::schoolId);
    }

    /** The attention level each week ended with, for the weeks in which the pupil was assessed. */
    private static Map<String, AttentionLevel> lastLevelPerWeek(List<RiskAssessmentChanged> assessments) {
        Map<String, AttentionLevel> perWeek = new TreeMap<>();
        assessments.stream().sorted(Comparator.comparing(RiskAssessmentChanged::assessedAt))
                .forEach(a -> perWeek.put(isoWeek(LocalDate.ofInstant(a.assessedAt(), BRUSSELS)), a.attentionLevel()));
        return perWeek;
    }

    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** One pupil of a school: level, B half-days, the rules that hold with their numbers in words. */
    public record PupilSummary(String pupilPseudonym, AttentionLevel attentionLevel, int problematicHalfDays,
            List<RuleOutcome> holdingRules, LocalDate lastRegisteredOn) {
    }

    /**
     * @param schools                  pupils per attention level per school (by their latest half-day's school)
     * @param problematicHalfDaysPerWeek B half-days per ISO week (of the half-day) per school
     * @param assessedLevelsPerWeek    per ISO week of assessment: pupils whose last assessment that week had each level
     */
    public record RegionStatistics(String schoolYear, List<SchoolFigures> schools,
            List<WeekFigures> problematicHalfDaysPerWeek, List<LevelWeek> assessedLevelsPerWeek) {
    }

    public record SchoolFigures(String schoolId, Map<AttentionLevel, Integer> pupilsPerLevel) {
    }

    public record WeekFigures(String week, Map<String, Integer> perSchool) {
    }

    public record LevelWeek(String week, Map<AttentionLevel, Integer> pupilsPerLevel) {
    }
}
