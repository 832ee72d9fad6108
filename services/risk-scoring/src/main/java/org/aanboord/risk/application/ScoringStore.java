package org.aanboord.risk.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.outbox.OutboxEntry;

/** Where each pupil's scoring state lives. */
public interface ScoringStore extends ScoringStates {

    /** The pupil's school year with its assessment history. */
    Optional<PupilYearHistory> find(String pupilPseudonym, String schoolYear);

    /** Every stored school year of a region, one at a time, with its history (for region figures and back-tests). */
    void forEachInSchoolYear(String schoolYear, Consumer<PupilYearHistory> each);

    /** How many pupil-years are stored, as the store keeps count (without reading them). */
    long estimatedCount();

    /** Whether nothing is stored yet. */
    default boolean isEmpty() {
        return estimatedCount() == 0;
    }

    String collection();

    /**
     * One pupil-year as it was read and as it is after scoring.
     *
     * @param stored  the state as read (version null when it was not stored yet)
     * @param next    the state to save
     * @param added   the assessments published since {@code stored}, oldest first, to append to the history
     * @param pending the new assessments as outbox entries to relay, or none (a rebuild publishes nothing)
     */
    record Change(PupilYearState stored, PupilYearState next, List<RiskAssessmentChanged> added,
            List<OutboxEntry> pending) {
    }
}
