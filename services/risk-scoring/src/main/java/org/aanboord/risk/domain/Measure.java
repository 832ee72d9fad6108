package org.aanboord.risk.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.SignalDomain;
import org.aanboord.risk.domain.AttendanceFacts.Streak;
import org.aanboord.risk.domain.AttendanceFacts.Window;

/**
 * The catalog of what agreement rules can count on, in the three ABC domains. Every measure reads only what a
 * school registered (half-day codes, report results, grade repetition, disciplinary measures, concerns) and the
 * school calendar ({@link Input}); each says in words what it counted.
 */
public enum Measure {

    PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return new Reading(facts.count(AttendanceCode.B), "B half-days this school year", "");
        }
    },
    ILLNESS_HALF_DAYS_SCHOOL_YEAR(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return new Reading(facts.count(AttendanceCode.Z), "Z half-days (illness) this school year", "");
        }
    },
    ABSENT_HALF_DAYS_SCHOOL_YEAR(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return new Reading(facts.absentHalfDays(), "absent half-days (any code) this school year", "");
        }
    },
    PROBLEMATIC_HALF_DAYS_LAST_20_SCHOOL_DAYS(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES, Input.SCHOOL_CALENDAR)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return windowReading(facts.window(AttendanceCode.B, 20));
        }
    },
    /** Like the 20-day window, over as many school days as the rule's {@code windowSchoolDays} says. */
    PROBLEMATIC_HALF_DAYS_ROLLING_WINDOW(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES, Input.SCHOOL_CALENDAR)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return windowReading(facts.window(AttendanceCode.B, window == null ? DEFAULT_WINDOW : window));
        }
    },
    CONSECUTIVE_ABSENT_HALF_DAYS(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES, Input.SCHOOL_CALENDAR)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return streakReading(facts.currentStreak(), "consecutive absent half-days up to the latest registration");
        }
    },
    LONGEST_ABSENT_STREAK_HALF_DAYS(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES, Input.SCHOOL_CALENDAR)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return streakReading(facts.longestStreak(), "longest run of consecutive absent half-days this school year");
        }
    },
    PROBLEMATIC_MONDAYS_AND_FRIDAYS(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return daysReading(facts.mondaysAndFridays(AttendanceCode.B), "Mondays and Fridays with a B half-day this school year");
        }
    },
    PROBLEMATIC_DAYS_AROUND_HOLIDAYS(SignalDomain.ATTENDANCE, Set.of(Input.HALF_DAY_CODES, Input.SCHOOL_CALENDAR)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return daysReading(facts.aroundHolidays(AttendanceCode.B),
                    "school days right before or after a holiday with a B half-day");
        }
    },
    FAILING_SUBJECTS_LATEST_REPORT(SignalDomain.COURSE_PERFORMANCE, Set.of(Input.REPORT_RESULTS)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return facts.signals().latestReport()
                    .map(report -> new Reading(report.value(), "failing subjects on the latest report",
                            " (" + report.category() + ", " + report.date() + ")"))
                    .orElseGet(() -> new Reading(0, "failing subjects on the latest report", ""));
        }
    },
    GRADE_REPETITIONS(SignalDomain.COURSE_PERFORMANCE, Set.of(Input.GRADE_REPETITIONS)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return daysReading(facts.signals().days(SignalKind.GRADE_REPETITION), "grade repetitions recorded");
        }
    },
    DISCIPLINARY_MEASURES_SCHOOL_YEAR(SignalDomain.BEHAVIOUR, Set.of(Input.DISCIPLINARY_MEASURES)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return signalsReading(facts.signals().ofKind(SignalKind.DISCIPLINARY_MEASURE),
                    "disciplinary measures (exclusion, suspension) this school year");
        }
    },
    CONCERNS_SCHOOL_YEAR(SignalDomain.BEHAVIOUR, Set.of(Input.TEACHER_CONCERNS)) {
        @Override
        public Reading read(AttendanceFacts facts, Integer window) {
            return signalsReading(facts.signals().ofKind(SignalKind.CONCERN),
                    "concerns raised by a teacher, mentor or care coordinator this school year");
        }
    };

    /** School days of a rolling window when the rule names none: four school weeks. */
    public static final int DEFAULT_WINDOW = 20;

    /** Rules name their measure; looked up for every rule of every assessment. */
    private static final Map<String, Measure> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Measure::name, Function.identity()));

    private final SignalDomain domain;
    private final Set<Input> inputs;

    Measure(SignalDomain domain, Set<Input> inputs) {
        this.domain = domain;
        this.inputs = inputs;
    }

    /** The measure a rule names; empty for one this version does not know (the rule is then skipped). */
    public static Optional<Measure> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    public SignalDomain domain() {
        return domain;
    }

    public Set<Input> inputs() {
        return inputs;
    }

    /**
     * The value for this pupil, with what was counted in words.
     *
     * @param window the rule's {@code windowSchoolDays}, or null
     */
    public abstract Reading read(AttendanceFacts facts, Integer window);

    private static Reading windowReading(Window window) {
        String span = window.first() == null ? "" : " (" + window.first() + " to " + window.last() + ")";
        return new Reading(window.count(), "B half-days in the last " + window.schoolDays() + " school days", span);
    }

    private static Reading streakReading(Streak streak, String words) {
        String span = streak.length() == 0 ? "" : " (" + streak.first() + " to " + streak.last() + ")";
        return new Reading(streak.length(), words, span);
    }

    private static Reading daysReading(List<LocalDate> days, String words) {
        String which = days.isEmpty() ? "" : " (" + days.stream().map(LocalDate::toString).collect(Collectors.joining(", ")) + ")";
        return new Reading(days.size(), words, which);
    }

    private static Reading signalsReading(List<SignalEntry> signals, String words) {
        String which = signals.isEmpty() ? "" : " (" + signals.stream()
                .map(signal -> signal.date() + " " + signal.category().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", ")) + ")";
        return new Reading(signals.size(), words, which);
    }

    /**
     * The only kinds of data a measure may read: what the school registered about attendance, results and conduct,
     * and the calendar. Nothing about who the pupil or the family is.
     */
    public enum Input {
        HALF_DAY_CODES,
        SCHOOL_CALENDAR,
        REPORT_RESULTS,
        GRADE_REPETITIONS,
        DISCIPLINARY_MEASURES,
        TEACHER_CONCERNS
    }

    /** A measured value, what was counted, and which days it was counted over (may be empty). */
    public record Reading(int value, String words, String detail) {

        String explain(int threshold) {
            return words + ": " + value + " ≥ " + threshold + detail;
        }

        /** The reading in words without a threshold, e.g. "B half-days this school year: 3". */
        public String describe() {
            return words + ": " + value + detail;
        }
    }
}
