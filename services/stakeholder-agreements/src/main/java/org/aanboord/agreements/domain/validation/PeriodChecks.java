package org.aanboord.agreements.domain.validation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.contracts.agreements.v1.School;

/**
 * Effective periods do not overlap. A version applies from its effectiveFrom until the next version of the same
 * agreement takes effect, so a new version must start after every earlier one; and a school follows one agreement
 * at a time, so no other agreement may cover it in the same period.
 */
final class PeriodChecks {

    void check(AgreementVersion candidate, List<AgreementVersion> published, Violations violations) {
        if (candidate.effectiveFrom() == null) {
            violations.add("effectiveFrom", "is required: the day from which this version applies");
            return;
        }
        published.stream()
                .filter(other -> other.agreementId().equals(candidate.agreementId()))
                .filter(other -> other.version() != candidate.version())
                .filter(other -> !candidate.effectiveFrom().isAfter(other.effectiveFrom()))
                .max(Comparator.comparing(AgreementVersion::effectiveFrom))
                .ifPresent(other -> violations.add("effectiveFrom", "version " + candidate.version() + " from "
                        + candidate.effectiveFrom() + " overlaps version " + other.version() + ", which applies from "
                        + other.effectiveFrom() + "; a new version must take effect after every earlier one"));

        Map<String, List<AgreementVersion>> others = published.stream()
                .filter(other -> !other.agreementId().equals(candidate.agreementId()))
                .collect(Collectors.groupingBy(AgreementVersion::agreementId));
        for (int i = 0; i < candidate.schools().size(); i++) {
            School school = candidate.schools().get(i);
            for (List<AgreementVersion> versions : others.values()) {
                Optional<AgreementVersion> covering = coveringFrom(versions, school.id(), candidate.effectiveFrom());
                if (covering.isPresent()) {
                    violations.add("schools[" + i + "].id", "school '" + school.id() + "' already follows agreement '"
                            + covering.get().agreementId() + "' (version " + covering.get().version() + " from "
                            + covering.get().effectiveFrom() + "); a school follows one agreement at a time");
                    break;
                }
            }
        }
    }

    /** The version of another agreement that lists the school in a period still running on or after {@code from}. */
    private static Optional<AgreementVersion> coveringFrom(List<AgreementVersion> versions, String schoolId,
            LocalDate from) {
        TreeMap<LocalDate, AgreementVersion> byStart = new TreeMap<>();
        versions.forEach(version -> byStart.merge(version.effectiveFrom(), version,
                (a, b) -> a.version() >= b.version() ? a : b));
        for (Map.Entry<LocalDate, AgreementVersion> entry : byStart.entrySet()) {
            LocalDate end = byStart.higherKey(entry.getKey());
            boolean stillRunning = end == null || end.isAfter(from);
            boolean listsSchool = entry.getValue().schools().stream().anyMatch(s -> s.id().equals(schoolId));
            if (stillRunning && listsSchool) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
