package org.aanboord.risk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.aanboord.risk.domain.SchoolYear;
import org.springframework.stereotype.Service;

/** Read side for the console: a pupil's current assessment and its history. */
@Service
public class AssessmentQueries {

    private final ScoringStore store;
    private final Clock clock;

    AssessmentQueries(ScoringStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<PupilYearState> pupil(String pupilPseudonym, String schoolYear) {
        return store.find(pupilPseudonym, schoolYear == null ? SchoolYear.of(LocalDate.now(clock)) : schoolYear);
    }
}
