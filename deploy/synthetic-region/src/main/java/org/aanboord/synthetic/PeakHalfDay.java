package org.aanboord.synthetic;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import org.aanboord.synthetic.SyntheticRegistration.Kind;

/**
 * A load model, not a realistic day: one registration for every pupil enrolled on {@code date}, as if every
 * half-day were registered (the issue's "two registrations a pupil a school day"). Codes follow the mix of real
 * absences (Z 55 %, R 20 %, P 15 %, B 8 %, M 2 %), so one half-day never crosses a threshold of 2 or more B.
 */
public final class PeakHalfDay implements Iterator<SyntheticRegistration> {

    private static final Weighted<String> CODES = new Weighted<>(List.of("Z", "R", "P", "B", "M"),
            0.55, 0.20, 0.15, 0.08, 0.02);

    private final Region region;
    private final LocalDate date;
    private final String halfDay;
    private final SplittableRandom random;
    private int next;
    private SyntheticRegistration pending;

    public PeakHalfDay(Region region, LocalDate date, String halfDay) {
        if (!region.schoolDays().isSchoolDay(date)) {
            throw new IllegalArgumentException(date + " is not a school day");
        }
        this.region = region;
        this.date = date;
        this.halfDay = halfDay;
        this.random = new SplittableRandom(region.spec().seed() * 31 + date.toEpochDay());
    }

    @Override
    public boolean hasNext() {
        while (pending == null && next < region.pupils().size()) {
            Pupil pupil = region.pupils().get(next++);
            pupil.enrolmentOn(date).ifPresent(enrolment -> pending = new SyntheticRegistration(enrolment.schoolId(),
                    pupil.id(), date, halfDay, CODES.pick(random.nextDouble()), Kind.ON_TIME, date.atTime(8, 30)));
        }
        return pending != null;
    }

    @Override
    public SyntheticRegistration next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SyntheticRegistration registration = pending;
        pending = null;
        return registration;
    }
}
