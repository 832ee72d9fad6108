package org.aanboord.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;

import org.aanboord.synthetic.SchoolYearMoments.ReportPeriod;

/**
 * The early-warning signals other than attendance of a region, school day by school day, sent at 16:30 after the
 * day's registrations: grade repetitions on the first school day of a year, report-period results of every
 * secondary pupil when a period closes, disciplinary measures and concerns. It replays the region's attendance
 * (the same seed gives the same absences) so signals follow each pupil's truancy and stop when the pupil leaves
 * school. Generated lazily, one day at a time.
 */
public final class SignalStream implements Iterator<SyntheticSignal> {

    private static final LocalTime SENT = LocalTime.of(16, 30);
    private static final long SIGNAL_SEED = 0x2545F4914F6CDD1DL;

    private final SchoolYearMoments moments;
    private final List<PupilSignals> pupils = new ArrayList<>();
    private final ArrayDeque<SyntheticSignal> ready = new ArrayDeque<>();
    private final AttendanceStream attendance;

    SignalStream(Region region) {
        SplittableRandom random = new SplittableRandom(region.spec().seed() ^ SIGNAL_SEED);
        region.pupils().forEach(pupil -> pupils.add(new PupilSignals(random.split())));
        moments = new SchoolYearMoments(region.agreement().calendars(), region.schoolDays());
        attendance = new AttendanceStream(region, this::signalsOf);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && attendance.hasNext()) {
            attendance.next();
        }
        return !ready.isEmpty();
    }

    @Override
    public SyntheticSignal next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** States come in the region's pupil order, as {@link #pupils} does. */
    private void signalsOf(LocalDate day, List<PupilState> states) {
        Optional<String> yearStart = moments.yearStartingOn(day);
        Optional<ReportPeriod> periodEnd = moments.periodClosingOn(day);
        LocalDateTime sentAt = day.atTime(SENT);
        for (int i = 0; i < states.size(); i++) {
            PupilState state = states.get(i);
            PupilSignals signals = pupils.get(i);
            state.attends(day).ifPresent(enrolment -> signals.on(day, enrolment.schoolId(), state, yearStart,
                    periodEnd, sentAt, ready::add));
        }
    }
}
