package org.aanboord.ingestion.application;

import static org.aanboord.platform.security.Role.CLB_WORKER;
import static org.aanboord.platform.security.Role.SCHOOL_STAFF;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.ingestion.application.IdentityVault.KnownPupil;
import org.aanboord.ingestion.application.IdentityVault.SchoolLink;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.StatedPurpose;
import org.aanboord.platform.security.AccessRefusedException;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.Tenancy;
import org.aanboord.platform.security.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Tells a school's care team or a CLB worker who a pseudonym is, for a purpose they state. Only school staff (their
 * own school's link) and CLB workers (the links of the schools their CLB serves) may; every call, answered or
 * refused, is appended to the audit trail with the stated purpose <em>before</em> the answer, so no identity leaves
 * without its entry (a failed audit write fails the request).
 */
@Service
public class ReidentifyPupil {

    /** How the audit trail names this use, next to the READ and WRITE of ordinary requests. */
    static final String ACTION = "REIDENTIFY";
    static final String ENDPOINT = "POST /api/pupils/{pseudonym}/identity";
    static final String NO_PURPOSE = "(no purpose stated)";

    private final IdentityVault vault;
    private final Tenancy tenancy;
    private final AuditTrail audit;

    ReidentifyPupil(IdentityVault vault, Tenancy tenancy, AuditTrail audit) {
        this.vault = vault;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    /**
     * @throws AccessRefusedException  the caller's role never re-identifies (403, whatever the pseudonym)
     * @throws InvalidPurposeException no real purpose was stated (400)
     * @throws PupilNotKnownException  no pupil of the caller's schools has this pseudonym (404)
     */
    public Reidentification reidentify(Caller caller, String pseudonym, String purpose) {
        String recorded = purpose == null || purpose.isBlank() ? NO_PURPOSE : abridged(purpose.strip());
        if (!caller.is(SCHOOL_STAFF, CLB_WORKER)) {
            record(caller, pseudonym, recorded, 403, List.of());
            throw new AccessRefusedException(caller.role() + " may not re-identify pupils; only school staff and "
                    + "CLB workers may, for the pupils of their schools");
        }
        Optional<FieldError> invalid = StatedPurpose.check(purpose);
        if (invalid.isPresent()) {
            record(caller, pseudonym, recorded, 400, List.of());
            throw new InvalidPurposeException(invalid.get());
        }
        Set<String> schools = tenancy.schoolsOf(caller);
        Optional<KnownPupil> known = vault.find(pseudonym);
        List<Reidentification.School> visible = known.map(pupil -> visibleLinks(pupil, schools)).orElse(List.of());
        if (visible.isEmpty()) {
            record(caller, pseudonym, recorded, 404, List.of());
            throw new PupilNotKnownException();
        }
        record(caller, pseudonym, recorded, 200, visible);
        return new Reidentification(pseudonym, known.get().nationalNumber(), visible);
    }

    /** The caller's schools among the pupil's links, each with the local ids that school used. */
    private static List<Reidentification.School> visibleLinks(KnownPupil pupil, Set<String> schools) {
        Map<String, List<String>> bySchool = pupil.links().stream()
                .filter(link -> schools.contains(link.schoolId()))
                .collect(Collectors.groupingBy(SchoolLink::schoolId, LinkedHashMap::new,
                        Collectors.mapping(SchoolLink::localId, Collectors.toList())));
        return bySchool.entrySet().stream()
                .map(school -> new Reidentification.School(school.getKey(),
                        school.getValue().stream().filter(Objects::nonNull).distinct().sorted().toList()))
                .toList();
    }

    private void record(Caller caller, String pseudonym, String purpose, int status,
            List<Reidentification.School> disclosed) {
        Map<String, String> subject = new LinkedHashMap<>();
        subject.put("pseudonym", pseudonym);
        if (!disclosed.isEmpty()) {
            subject.put("disclosedSchools", disclosed.stream().map(Reidentification.School::schoolId)
                    .collect(Collectors.joining(",")));
        }
        audit.append(caller, ACTION, ENDPOINT, subject, status, purpose);
    }

    /** An over-long purpose is refused, but its entry still shows what was stated. */
    private static String abridged(String purpose) {
        return purpose.length() > StatedPurpose.MAXIMUM_LENGTH ? purpose.substring(0, StatedPurpose.MAXIMUM_LENGTH)
                : purpose;
    }
}
