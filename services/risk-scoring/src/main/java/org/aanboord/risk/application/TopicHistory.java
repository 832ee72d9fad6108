package org.aanboord.risk.application;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;

/** The topics read from offset 0 up to where they end when reading starts, outside the live consumer group. */
public interface TopicHistory {

    /** @return how many agreement versions were read */
    long agreements(Consumer<AgreementPublished> each);

    /**
     * Hands over the registrations of the pupils {@code of} accepts (by record key, the pupil pseudonym; the others
     * are not even read) in batches, each pupil's events in their topic order.
     *
     * @return how many of those records were read and how many of them were unreadable (skipped, as the live binding
     *         dead-letters them)
     */
    Counts registrations(Predicate<String> of, Consumer<List<AttendanceRegistrationEvent>> batch);

    /** Hands over the signals (report results, repetition, measures, concerns) in batches, like registrations. */
    Counts signals(Predicate<String> of, Consumer<List<PupilSignalEvent>> batch);

    /** How many pupils the registrations and signals topics name: their distinct record keys. */
    long pupils();

    /** Reads the registrations topic like {@link #registrations} but only counts: the raw consumer rate. */
    Counts countRegistrations();

    record Counts(long records, long unreadable) {

        static final Counts NONE = new Counts(0, 0);

        Counts plus(Counts other) {
            return new Counts(records + other.records, unreadable + other.unreadable);
        }
    }
}
