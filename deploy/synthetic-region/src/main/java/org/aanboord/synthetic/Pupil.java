package org.aanboord.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A generated pupil. Ids are synthetic ({@code p-<seed>-<n>}); the national number is well formed but made up.
 *
 * @param riskOnset for {@link Profile#AT_RISK}, the day truancy starts escalating; otherwise null
 * @param leavesAfterProblematic for at-risk pupils who will drop out, after how many B half-days they leave; 0 if never
 */
public record Pupil(String id, String nationalNumber, Level level, Profile profile, List<Enrolment> enrolments,
        LocalDate riskOnset, int leavesAfterProblematic) {

    public Optional<Enrolment> enrolmentOn(LocalDate day) {
        return enrolments.stream().filter(enrolment -> enrolment.covers(day)).findFirst();
    }

    public boolean changesSchool() {
        return enrolments.size() > 1;
    }

    public boolean mayLeaveSchool() {
        return leavesAfterProblematic > 0;
    }
}
