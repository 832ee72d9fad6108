package org.aanboord.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.risk.application.PupilYearState;
import org.junit.jupiter.api.Test;

/**
 * Ethnicity, nationality, religion and income (and their usual proxies) can never be an input to scoring: not in
 * the events scoring consumes, not in the state it keeps, and no measure can read anything but what the school
 * registered (half-day codes, report results, repetition, disciplinary measures, concerns) and the school calendar.
 */
class NoProtectedAttributesTest {

    private static final List<String> PROTECTED = List.of("ethnic", "race", "nationalit", "citizenship", "religio",
            "faith", "income", "salary", "wealth", "allowance", "migra", "countryof", "roma", "homelanguage", "language");

    @Test
    void noConsumedEventAndNoStoredStateCarriesAProtectedAttribute() {
        Set<String> names = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(AgreementPublished.class, PupilYearState.class,
                HalfDayEntry.class, SignalEntry.class));
        pending.addAll(Arrays.asList(AttendanceRegistrationEvent.class.getPermittedSubclasses()));
        pending.addAll(Arrays.asList(PupilSignalEvent.class.getPermittedSubclasses()));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type) || !type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(type.getSimpleName() + "." + component.getName());
                addOwnTypes(component.getGenericType(), pending);
            }
        }

        assertThat(names).as("fields scoring consumes or keeps").hasSizeGreaterThan(30)
                .noneMatch(NoProtectedAttributesTest::isProtected);
    }

    @Test
    void everyMeasureReadsOnlyWhatTheSchoolRegisteredAndTheSchoolCalendar() throws NoSuchMethodException {
        assertThat(Measure.Input.values()).containsExactlyInAnyOrder(Measure.Input.HALF_DAY_CODES,
                Measure.Input.SCHOOL_CALENDAR, Measure.Input.REPORT_RESULTS, Measure.Input.GRADE_REPETITIONS,
                Measure.Input.DISCIPLINARY_MEASURES, Measure.Input.TEACHER_CONCERNS);
        assertThat(Measure.values()).allSatisfy(measure -> assertThat(isProtected(measure.name())).as(measure.name()).isFalse());
        Method read = Measure.class.getDeclaredMethod("read", AttendanceFacts.class, Integer.class);
        assertThat(read.getParameterTypes()).containsExactly(AttendanceFacts.class, Integer.class);
        assertThat(fieldTypes(AttendanceFacts.class))
                .as("the absences, the calendar, the signals and the streaks derived from them")
                .containsExactlyInAnyOrder(AttendanceFacts.Absences.class, SchoolDayIndex.class, SignalFacts.class,
                        List.class);
        assertThat(fieldTypes(AttendanceFacts.Absences.class)).as("absences hold only half-days and their codes")
                .containsExactlyInAnyOrder(Slot[].class, AttendanceCode[].class);
        assertThat(fieldTypes(SignalFacts.class)).as("signal facts hold only the signal entries checked above")
                .containsExactly(List.class);
    }

    /** The types of what an instance of {@code type} holds. */
    private static List<Class<?>> fieldTypes(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .<Class<?>>map(Field::getType)
                .toList();
    }

    @Test
    void theCheckRecognisesAProtectedAttribute() {
        assertThat(isProtected("HalfDayRegistered.pupilNationality")).isTrue();
        assertThat(isProtected("HalfDayRegistered.originalCode")).isFalse();
    }

    private static boolean isProtected(String name) {
        String field = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return PROTECTED.stream().anyMatch(field::contains);
    }

    private static void addOwnTypes(Type type, Deque<Class<?>> pending) {
        if (type instanceof Class<?> raw && raw.getName().startsWith("org.aanboord.")) {
            pending.add(raw);
        } else if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> addOwnTypes(argument, pending));
        }
    }
}
