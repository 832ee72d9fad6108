package org.aanboord.agreements.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.aanboord.agreements.application.indicators.IndicatorFacts;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * One document per pupil and school year, per case and per alert; every write is keyed. The writes of every event
 * (assessed, case opened, alert delivered) go to the driver directly: they have no entity to map, and the mapping
 * layer was a large share of their cost.
 */
@Repository
class MongoIndicatorFacts implements IndicatorFacts {

    static final String PUPILS = "indicator_pupils";
    static final String CASES = "indicator_cases";
    static final String ALERTS = "indicator_alerts";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoTemplate mongo;
    private final MongoCollection<Document> pupils;
    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> alerts;

    MongoIndicatorFacts(MongoTemplate mongo) {
        this.mongo = mongo;
        this.pupils = mongo.getCollection(PUPILS);
        this.cases = mongo.getCollection(CASES);
        this.alerts = mongo.getCollection(ALERTS);
    }

    @Override
    public void pupilAssessed(String agreementId, String pupilPseudonym, String schoolYear, boolean atLeast30B,
            Instant assessedAt) {
        String id = pupilPseudonym + ":" + schoolYear;
        // Only a newer assessment replaces what is known; the upsert creates the document the first time.
        try {
            pupils.updateOne(Filters.and(Filters.eq("_id", id), Filters.or(Filters.lt("assessedAt", assessedAt),
                            Filters.exists("assessedAt", false))),
                    Updates.combine(Updates.set("agreementId", agreementId), Updates.set("schoolYear", schoolYear),
                            Updates.set("atLeast30B", atLeast30B), Updates.set("assessedAt", assessedAt)),
                    UPSERT);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The document exists with a newer assessment: nothing to change.
        }
    }

    @Override
    public void caseOpened(String caseId, String agreementId, String schoolId) {
        cases.updateOne(Filters.eq("_id", caseId), Updates.combine(Updates.set("agreementId", agreementId),
                Updates.set("schoolId", schoolId), Updates.setOnInsert("open", true)), UPSERT);
    }

    @Override
    public Optional<String> caseStatusChanged(String caseId, CaseStatus status) {
        Document updated = mongo.findAndModify(Query.query(Criteria.where("_id").is(caseId)),
                new Update().set("open", status != CaseStatus.CLOSED), FindAndModifyOptions.options().returnNew(true),
                Document.class, CASES);
        return Optional.ofNullable(updated).map(document -> document.getString("agreementId"));
    }

    @Override
    public void alertDelivered(String alertId, String agreementId, String recipientOrganisationId) {
        alerts.updateOne(Filters.eq("_id", alertId), Updates.combine(Updates.set("agreementId", agreementId),
                Updates.set("recipientOrganisationId", recipientOrganisationId)), UPSERT);
    }

    @Override
    public Optional<String> alertAcknowledged(String alertId) {
        return settle(alertId, "acknowledged");
    }

    @Override
    public Optional<String> alertEscalated(String alertId) {
        return settle(alertId, "escalated");
    }

    @Override
    public long alertsSettled(String agreementId, Collection<String> recipientOrganisationIds) {
        return mongo.count(Query.query(Criteria.where("agreementId").is(agreementId)
                .and("recipientOrganisationId").in(recipientOrganisationIds)
                .orOperator(Criteria.where("acknowledged").is(true), Criteria.where("escalated").is(true))), ALERTS);
    }

    @Override
    public long alertsAcknowledgedInTime(String agreementId, Collection<String> recipientOrganisationIds) {
        // Acknowledged after an escalation is late; the escalation flag stays once set.
        return mongo.count(Query.query(Criteria.where("agreementId").is(agreementId)
                .and("recipientOrganisationId").in(recipientOrganisationIds)
                .and("acknowledged").is(true).and("escalated").ne(true)), ALERTS);
    }

    /** Marks the alert; an escalation before the acknowledgement makes the acknowledgement late. */
    private Optional<String> settle(String alertId, String flag) {
        Document updated = mongo.findAndModify(Query.query(Criteria.where("_id").is(alertId)),
                new Update().set(flag, true),
                FindAndModifyOptions.options().returnNew(true), Document.class, ALERTS);
        return Optional.ofNullable(updated).map(document -> document.getString("agreementId"));
    }

    @Override
    public long pupilsWithAtLeast30B(String agreementId, String schoolYear) {
        return mongo.count(Query.query(Criteria.where("agreementId").is(agreementId).and("schoolYear").is(schoolYear)
                .and("atLeast30B").is(true)), PUPILS);
    }

    @Override
    public long openCases(String agreementId) {
        return mongo.count(Query.query(Criteria.where("agreementId").is(agreementId).and("open").is(true)), CASES);
    }
}
