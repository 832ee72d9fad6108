package org.aanboord.platform.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.School;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A consumer's own view of every published agreement version, rebuilt from {@code agreements.lifecycle.v1} alone.
 * Stored in the service's database (so every instance sees it) and kept in memory, because it is small and read
 * for every event. Answers which version applied to a school on a given day.
 */
public class AgreementDirectory {

    static final String COLLECTION = "agreement_versions";
    private static final Duration REFRESH = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile List<AgreementPublished> versions;
    private volatile Instant loadedAt = Instant.MIN;

    public AgreementDirectory(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records a published version; receiving the same version again changes nothing. */
    public void record(AgreementPublished agreement) {
        mongo.save(new StoredVersion(agreement.recordKey(), agreement), COLLECTION);
        reload();
    }

    /** The version that applies to a school on a day: the latest effective one that lists the school. */
    public Optional<AgreementPublished> applicableTo(String schoolId, LocalDate day) {
        return current().stream()
                .filter(agreement -> !agreement.effectiveFrom().isAfter(day))
                .filter(agreement -> school(agreement, schoolId).isPresent())
                .max(Comparator.comparing(AgreementPublished::effectiveFrom)
                        .thenComparing(AgreementPublished::version));
    }

    public Optional<AgreementPublished> version(String agreementId, int version) {
        Optional<AgreementPublished> found = find(current(), agreementId, version);
        return found.isPresent() ? found : find(reload(), agreementId, version);
    }

    /** Whether any published version lists this school. */
    public boolean knowsSchool(String schoolId) {
        return current().stream().anyMatch(agreement -> school(agreement, schoolId).isPresent());
    }

    /**
     * The schools of every agreement as the version in force on the day lists them (a version not yet in force
     * counts when it is the only one): who serves a school today decides who may see its pupils.
     */
    public Set<School> schoolsInForce(LocalDate day) {
        Map<String, List<AgreementPublished>> byAgreement = current().stream()
                .collect(Collectors.groupingBy(AgreementPublished::agreementId));
        Comparator<AgreementPublished> newest = Comparator.comparing(AgreementPublished::effectiveFrom)
                .thenComparing(AgreementPublished::version);
        return byAgreement.values().stream()
                .map(versions -> versions.stream().filter(agreement -> !agreement.effectiveFrom().isAfter(day))
                        .max(newest).orElseGet(() -> versions.stream().min(newest).orElseThrow()))
                .flatMap(agreement -> agreement.schools().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<School> school(AgreementPublished agreement, String schoolId) {
        return agreement.schools().stream().filter(school -> school.id().equals(schoolId)).findFirst();
    }

    private static Optional<AgreementPublished> find(List<AgreementPublished> versions, String agreementId, int version) {
        return versions.stream()
                .filter(agreement -> agreement.agreementId().equals(agreementId) && agreement.version() == version)
                .findFirst();
    }

    private List<AgreementPublished> current() {
        if (versions == null || loadedAt.plus(REFRESH).isBefore(clock.instant())) {
            return reload();
        }
        return versions;
    }

    private synchronized List<AgreementPublished> reload() {
        versions = mongo.findAll(StoredVersion.class, COLLECTION).stream().map(StoredVersion::agreement).toList();
        loadedAt = clock.instant();
        return versions;
    }

    record StoredVersion(@Id String id, AgreementPublished agreement) {
    }
}
