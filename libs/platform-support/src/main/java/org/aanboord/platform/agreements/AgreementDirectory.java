package org.aanboord.platform.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /** Latest first: the order in which {@link #applicableTo} looks for the version that applies. */
    private static final Comparator<AgreementPublished> LATEST_FIRST = Comparator
            .comparing(AgreementPublished::effectiveFrom).thenComparing(AgreementPublished::version).reversed();

    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile Versions versions;
    /** When the query behind {@link #versions} began: what was stored before then is in it. */
    private volatile Instant queriedAt = Instant.MIN;

    public AgreementDirectory(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records a published version; receiving the same version again changes nothing. */
    public void record(AgreementPublished agreement) {
        mongo.save(new StoredVersion(agreement.recordKey(), agreement), COLLECTION);
        reloadUnlessQueriedAfter(clock.instant());
    }

    /** The version that applies to a school on a day: the latest effective one that lists the school. */
    public Optional<AgreementPublished> applicableTo(String schoolId, LocalDate day) {
        for (AgreementPublished agreement : current().listing(schoolId)) {
            if (!agreement.effectiveFrom().isAfter(day)) {
                return Optional.of(agreement);
            }
        }
        return Optional.empty();
    }

    public Optional<AgreementPublished> version(String agreementId, int version) {
        Instant asked = clock.instant();
        Optional<AgreementPublished> found = find(current().all(), agreementId, version);
        return found.isPresent() ? found : find(reloadUnlessQueriedAfter(asked).all(), agreementId, version);
    }

    /** Whether any published version lists this school. */
    public boolean knowsSchool(String schoolId) {
        return !current().listing(schoolId).isEmpty();
    }

    /**
     * The schools of every agreement as the version in force on the day lists them (a version not yet in force
     * counts when it is the only one): who serves a school today decides who may see its pupils.
     */
    public Set<School> schoolsInForce(LocalDate day) {
        Map<String, List<AgreementPublished>> byAgreement = current().all().stream()
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

    private Versions current() {
        Versions known = versions;
        Instant freshFrom = clock.instant().minus(REFRESH);
        if (known == null || queriedAt.isBefore(freshFrom)) {
            return reloadUnlessQueriedAfter(freshFrom);
        }
        return known;
    }

    /**
     * Reads every version again, unless a read that began after {@code since} already did: the request threads that
     * find the view stale at once wait for one read instead of each making its own, one after another.
     */
    private synchronized Versions reloadUnlessQueriedAfter(Instant since) {
        if (versions != null && queriedAt.isAfter(since)) {
            return versions;
        }
        Instant queried = clock.instant();
        versions = Versions.of(mongo.findAll(StoredVersion.class, COLLECTION).stream().map(StoredVersion::agreement).toList());
        queriedAt = queried;
        return versions;
    }

    /**
     * Every known version, and per school the versions that list it, latest first: asked for every registration,
     * so a region of thousands of schools must not be scanned each time.
     */
    private record Versions(List<AgreementPublished> all, Map<String, List<AgreementPublished>> bySchool) {

        static Versions of(List<AgreementPublished> all) {
            Map<String, List<AgreementPublished>> bySchool = new HashMap<>();
            for (AgreementPublished agreement : all) {
                agreement.schools().forEach(school -> bySchool.computeIfAbsent(school.id(), id -> new ArrayList<>()).add(agreement));
            }
            bySchool.replaceAll((school, listing) -> listing.stream().distinct().sorted(LATEST_FIRST).toList());
            return new Versions(all, Map.copyOf(bySchool));
        }

        List<AgreementPublished> listing(String schoolId) {
            return schoolId == null ? List.of() : bySchool.getOrDefault(schoolId, List.of());
        }
    }

    record StoredVersion(@Id String id, AgreementPublished agreement) {
    }
}
