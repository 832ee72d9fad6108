package org.aanboord.ingestion.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.ingestion.application.RecordedHalfDay;
import org.aanboord.ingestion.application.RegistrationLedger;
import org.aanboord.ingestion.domain.Registration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

@Repository
class MongoRegistrationLedger implements RegistrationLedger {

    private final MongoTemplate mongo;

    MongoRegistrationLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RecordedHalfDay> find(String naturalKey) {
        return Optional.ofNullable(mongo.findById(naturalKey, LedgerEntry.class))
                .map(entry -> new RecordedHalfDay(entry.code(), entry.version()));
    }

    @Override
    public void record(Registration registration, int version) {
        mongo.save(new LedgerEntry(registration.naturalKey(), registration.schoolId(), registration.pupilPseudonym(),
                registration.date(), registration.halfDay(), registration.code(), registration.originalCode(), version,
                Instant.now()));
    }

    /** Keyed by the natural key, so recording is an upsert and never creates two entries for one half-day. */
    @Document("registrations")
    record LedgerEntry(@Id String id, String schoolId, String pupilPseudonym, LocalDate date, HalfDay halfDay,
            AttendanceCode code, String originalCode, int version, Instant recordedAt) {
    }
}
