package org.aanboord.platform.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.platform.agreements.AgreementDirectory;

/**
 * Which schools' pupils a caller may see, from the agreements in force (the directory every service rebuilds from
 * {@code agreements.lifecycle.v1}): school roles their own school, a CLB worker the schools its CLB serves, the
 * regisseur the schools in its municipality. Services put the answer into their queries, never filter afterwards.
 */
public class Tenancy {

    private final AgreementDirectory agreements;
    private final Clock clock;

    public Tenancy(AgreementDirectory agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    /** The schools whose pupil-level data the caller's organisation is entitled to; empty for hub roles. */
    public Set<String> schoolsOf(Caller caller) {
        return switch (caller.role()) {
            case SCHOOL_STAFF, SCHOOL_SOFTWARE -> Set.of(caller.organisationId());
            case CLB_WORKER -> schools().stream().filter(school -> caller.organisationId().equals(school.clbId()))
                    .map(School::id).collect(Collectors.toUnmodifiableSet());
            case REGISSEUR -> schools().stream()
                    .filter(school -> caller.organisationId().equals(school.municipalityId()))
                    .map(School::id).collect(Collectors.toUnmodifiableSet());
            case HUB_ADMIN, DPO -> Set.of();
        };
    }

    public boolean covers(Caller caller, String schoolId) {
        return schoolId != null && schoolsOf(caller).contains(schoolId);
    }

    /** @throws AccessRefusedException unless every school is one of the caller's */
    public void requireSchools(Caller caller, Collection<String> schoolIds) {
        Set<String> own = schoolsOf(caller);
        for (String schoolId : schoolIds) {
            if (schoolId != null && !own.contains(schoolId)) {
                throw new AccessRefusedException(caller.role() + " of " + caller.organisationId()
                        + " may not act for school '" + schoolId + "'");
            }
        }
    }

    private Set<School> schools() {
        return agreements.schoolsInForce(LocalDate.now(clock));
    }
}
