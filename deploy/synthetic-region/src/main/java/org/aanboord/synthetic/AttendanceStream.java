package org.aanboord.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.aanboord.platform.calendar.SchoolDays;
import org.aanboord.synthetic.SyntheticRegistration.Kind;

/**
 * The registrations of a region, school day by school day, in the order schools send them: the morning's codes at
 * 09:00, the afternoon's at 13:30, then at 16:00 late registrations and corrections of earlier days. Only absent
 * half-days are registered (Flemish practice: presence is the default). Generated lazily, one day at a time.
 */
public final class AttendanceStream implements Iterator<SyntheticRegistration> {

    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 30);
    private static final LocalTime END_OF_DAY = LocalTime.of(16, 0);
    private static final double LATE = 0.02;
    private static final double CORRECTED = 0.015;
    private static final double RESENT = 0.005;

    private final Region region;
    private final SchoolDays days;
    private final List<PupilState> pupils = new ArrayList<>();
    private final TreeMap<LocalDate, List<Pending>> later = new TreeMap<>();
    private final ArrayDeque<SyntheticRegistration> ready = new ArrayDeque<>();
    private final BiConsumer<LocalDate, List<PupilState>> afterDay;
    private LocalDate day;

    AttendanceStream(Region region) {
        this(region, (today, states) -> { });
    }

    /** @param afterDay told of every school day once its registrations are generated, with every pupil's state */
    AttendanceStream(Region region, BiConsumer<LocalDate, List<PupilState>> afterDay) {
        this.region = region;
        this.afterDay = afterDay;
        this.days = region.schoolDays();
        SplittableRandom random = new SplittableRandom(region.spec().seed() ^ 0x5DEECE66DL);
        region.pupils().forEach(pupil -> pupils.add(new PupilState(pupil, random.split())));
        day = region.spec().from().minusDays(1);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && day.isBefore(region.spec().until())) {
            day = day.plusDays(1);
            if (days.isSchoolDay(day)) {
                generate(day);
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public SyntheticRegistration next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void generate(LocalDate today) {
        List<SyntheticRegistration> afternoon = new ArrayList<>();
        for (PupilState state : pupils) {
            Optional<Enrolment> enrolment = state.attends(today);
            if (enrolment.isEmpty()) {
                continue;
            }
            String school = enrolment.get().schoolId();
            String[] codes = state.codesFor(today, days);
            for (int half = 0; half < 2; half++) {
                if (codes[half] != null) {
                    SyntheticRegistration registration = new SyntheticRegistration(school, state.pupil.id(), today,
                            half == 0 ? "AM" : "PM", codes[half], Kind.ON_TIME,
                            today.atTime(half == 0 ? MORNING : AFTERNOON));
                    route(registration, state.random, half == 0 ? ready : afternoon, today);
                }
            }
            state.leaveIfDue(today);
        }
        afterDay.accept(today, pupils);
        ready.addAll(afternoon);
        List<Pending> due = later.remove(today);
        if (due != null) {
            due.forEach(pending -> ready.add(pending.sentOn(today.atTime(END_OF_DAY))));
        }
    }

    /** Most registrations go out on time; a few late, some are corrected or resent at the end of a later day. */
    private void route(SyntheticRegistration registration, SplittableRandom random,
            java.util.Collection<SyntheticRegistration> onTime, LocalDate today) {
        double draw = random.nextDouble();
        if (draw < LATE) {
            defer(new Pending(registration, registration.code(), Kind.LATE), today, 1 + random.nextInt(5));
            return;
        }
        onTime.add(registration);
        if (draw < LATE + CORRECTED) {
            String corrected = "B".equals(registration.code()) ? (random.nextDouble() < 0.7 ? "Z" : "P")
                    : "Z".equals(registration.code()) ? "B" : "Z";
            defer(new Pending(registration, corrected, Kind.CORRECTION), today, 1 + random.nextInt(3));
        } else if (draw < LATE + CORRECTED + RESENT) {
            defer(new Pending(registration, registration.code(), Kind.RESEND), today, 1);
        }
    }

    private void defer(Pending pending, LocalDate today, int schoolDays) {
        LocalDate sendDay = days.plusSchoolDays(today, schoolDays);
        if (!sendDay.isAfter(region.spec().until())) {
            later.computeIfAbsent(sendDay, key -> new ArrayList<>()).add(pending);
        }
    }

    private record Pending(SyntheticRegistration original, String code, Kind kind) {

        SyntheticRegistration sentOn(java.time.LocalDateTime at) {
            return new SyntheticRegistration(original.schoolId(), original.pupilId(), original.date(),
                    original.halfDay(), code, kind, at);
        }
    }
}
