package org.aanboord.risk.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.LegalLadder;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.domain.AttendanceFacts;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.RuleEvaluator;
import org.aanboord.risk.domain.SchoolDayIndex;
import org.aanboord.risk.domain.SignalFacts;
import org.aanboord.risk.domain.Slot;
import org.springframework.stereotype.Service;

/**
 * What-if: replays the stored half-days of a school year day by day against a draft set of rules and against the
 * rules in force, and reports who would have been flagged, where, when, and how much earlier or later than now.
 * Reads only; publishes and stores nothing.
 */
@Service
public class RunBacktest {

    private static final SchoolDayIndex WEEKDAYS = new SchoolDayIndex(List.of());

    private final ScoringStore store;
    private final AgreementDirectory agreements;
    private final PupilScoring scoring;
    private final RuleEvaluator evaluator = new RuleEvaluator();

    RunBacktest(ScoringStore store, AgreementDirectory agreements, PupilScoring scoring) {
        this.store = store;
        this.agreements = agreements;
        this.scoring = scoring;
    }

    /**
     * @param from first day of the period to replay, or null for the whole school year
     * @param to   last day of the period, or null
     */
    public BacktestReport run(String schoolYear, LocalDate from, LocalDate to, List<AlertRule> draft) {
        long started = System.nanoTime();
        Tally tally = new Tally(draft);
        // The same few schools and days come back for every pupil: look each up once per run.
        Map<String, Optional<AgreementPublished>> inForce = new HashMap<>();
        BiFunction<String, LocalDate, AgreementPublished> agreementOn = (school, day) -> inForce
                .computeIfAbsent(school + "|" + day, key -> agreements.applicableTo(school, day)).orElse(null);
        store.forEachInSchoolYear(schoolYear, year -> tally.add(replay(year.state(), from, to, draft, agreementOn)));
        return tally.report(schoolYear, (System.nanoTime() - started) / 1_000_000);
    }

    private PupilOutcome replay(PupilYearState state, LocalDate from, LocalDate to, List<AlertRule> draft,
            BiFunction<String, LocalDate, AgreementPublished> agreementOn) {
        TreeMap<Slot, HalfDayEntry> halfDays = new TreeMap<>();
        state.halfDays().forEach((slot, entry) -> {
            Slot parsed = Slot.parse(slot);
            if (entry.code() != null && (from == null || !parsed.date().isBefore(from))
                    && (to == null || !parsed.date().isAfter(to))) {
                halfDays.put(parsed, entry);
            }
        });
        Map<String, FirstHold> draftFirst = new HashMap<>();
        LocalDate currentFlag = null;
        TreeMap<Slot, AttendanceCode> sofar = new TreeMap<>();
        List<Slot> slots = new ArrayList<>(halfDays.keySet());
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            sofar.put(slot, halfDays.get(slot).code());
            boolean lastOfDay = i == slots.size() - 1 || !slots.get(i + 1).date().equals(slot.date());
            if (!lastOfDay) {
                continue;
            }
            String school = halfDays.get(slot).schoolId();
            AgreementPublished current = agreementOn.apply(school, slot.date());
            LocalDate day = slot.date();
            SignalFacts signalsSoFar = new SignalFacts(state.signals().values().stream()
                    .filter(signal -> !signal.date().isAfter(day)).toList());
            AttendanceFacts facts = new AttendanceFacts(sofar, current == null ? WEEKDAYS : scoring.schoolDays(current),
                    signalsSoFar);
            List<AlertRule> notYetHeld = draft.stream().filter(rule -> !draftFirst.containsKey(rule.ruleId())).toList();
            for (RuleOutcome outcome : evaluator.evaluate(notYetHeld, facts)) {
                draftFirst.put(outcome.ruleId(), new FirstHold(slot.date(), school, outcome.attentionLevel()));
            }
            if (currentFlag == null && current != null && raises(evaluator.evaluate(LegalLadder.effectiveRules(current), facts))) {
                currentFlag = slot.date();
            }
            if (currentFlag != null && draftFirst.size() == draft.size()) {
                break;
            }
        }
        LocalDate draftFlag = draftFirst.values().stream()
                .filter(hold -> hold.level() != AttentionLevel.UNIVERSAL)
                .map(FirstHold::day).min(LocalDate::compareTo).orElse(null);
        return new PupilOutcome(halfDays.size(), draftFirst, draftFlag, currentFlag);
    }

    private static boolean raises(List<RuleOutcome> holding) {
        return holding.stream().anyMatch(outcome -> outcome.attentionLevel() != AttentionLevel.UNIVERSAL);
    }

    private record FirstHold(LocalDate day, String schoolId, AttentionLevel level) {
    }

    /**
     * @param draftFlag   the first day a draft rule above universal support held, or null
     * @param currentFlag the first day a rule in force above universal support held, or null
     */
    private record PupilOutcome(int halfDays, Map<String, FirstHold> draftFirst, LocalDate draftFlag,
            LocalDate currentFlag) {
    }

    /** Adds up pupil outcomes as they stream past, so a region never has to fit in memory at once. */
    private static final class Tally {

        private final List<AlertRule> draft;
        private final Map<String, Long> pupilsPerRule = new HashMap<>();
        private final Map<String, Map<String, Long>> perSchool = new HashMap<>();
        private final Map<String, Map<String, Long>> perWeek = new HashMap<>();
        private final Map<Long, Long> byWeeksEarlier = new TreeMap<>();
        private long pupilYears;
        private long halfDays;
        private long flaggedByDraft;
        private long flaggedByCurrent;
        private long onlyByDraft;
        private long onlyByCurrent;

        Tally(List<AlertRule> draft) {
            this.draft = draft;
        }

        void add(PupilOutcome outcome) {
            pupilYears++;
            halfDays += outcome.halfDays();
            outcome.draftFirst().forEach((ruleId, hold) -> {
                pupilsPerRule.merge(ruleId, 1L, Long::sum);
                perSchool.computeIfAbsent(ruleId, id -> new TreeMap<>()).merge(hold.schoolId(), 1L, Long::sum);
                perWeek.computeIfAbsent(ruleId, id -> new TreeMap<>()).merge(isoWeek(hold.day()), 1L, Long::sum);
            });
            LocalDate draftFlag = outcome.draftFlag();
            LocalDate currentFlag = outcome.currentFlag();
            flaggedByDraft += draftFlag != null ? 1 : 0;
            flaggedByCurrent += currentFlag != null ? 1 : 0;
            if (draftFlag != null && currentFlag == null) {
                onlyByDraft++;
            } else if (draftFlag == null && currentFlag != null) {
                onlyByCurrent++;
            } else if (draftFlag != null) {
                byWeeksEarlier.merge(ChronoUnit.WEEKS.between(monday(draftFlag), monday(currentFlag)), 1L, Long::sum);
            }
        }

        BacktestReport report(String schoolYear, long millis) {
            List<RuleFlags> rules = draft.stream()
                    .map(rule -> new RuleFlags(rule.ruleId(), rule.measure(), rule.threshold(), rule.attentionLevel(),
                            pupilsPerRule.getOrDefault(rule.ruleId(), 0L),
                            perSchool.getOrDefault(rule.ruleId(), Map.of()), perWeek.getOrDefault(rule.ruleId(), Map.of())))
                    .toList();
            long earlier = byWeeksEarlier.entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
            long later = byWeeksEarlier.entrySet().stream().filter(e -> e.getKey() < 0).mapToLong(Map.Entry::getValue).sum();
            Comparison comparison = new Comparison(flaggedByDraft, flaggedByCurrent, onlyByDraft, onlyByCurrent,
                    earlier, byWeeksEarlier.getOrDefault(0L, 0L), later, byWeeksEarlier);
            return new BacktestReport(schoolYear, pupilYears, halfDays, rules, comparison, millis);
        }

        private static LocalDate monday(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        private static String isoWeek(LocalDate day) {
            return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    /**
     * @param pupilYears pupils with stored half-days in the school year
     * @param halfDays   registered half-days replayed
     */
    public record BacktestReport(String schoolYear, long pupilYears, long halfDays, List<RuleFlags> rules,
            Comparison comparedWithCurrentRules, long millis) {
    }

    /** How many pupils one draft rule would have flagged (first time it held), per school and per ISO week. */
    public record RuleFlags(String ruleId, String measure, int threshold, AttentionLevel attentionLevel, long pupils,
            Map<String, Long> perSchool, Map<String, Long> perWeek) {
    }

    /**
     * When pupils would first need more than universal support under the draft versus under the rules in force.
     *
     * @param earlier            pupils the draft flags in an earlier week than the current rules
     * @param pupilsByWeeksEarlier weeks earlier (negative: later) → pupils, for pupils both flag
     */
    public record Comparison(long flaggedByDraft, long flaggedByCurrentRules, long onlyByDraft, long onlyByCurrentRules,
            long earlier, long sameWeek, long later, Map<Long, Long> pupilsByWeeksEarlier) {
    }
}
