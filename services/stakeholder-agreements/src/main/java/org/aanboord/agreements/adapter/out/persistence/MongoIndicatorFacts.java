package org.aanboord.agreements.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.aanboord.agreements.application.indicators.IndicatorFacts;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** One document per pupil and school year, per case and per alert; every write is keyed. */
@Repository
class MongoIndicatorFacts implements IndicatorFacts {

    static final String PUPILS = "indicator_pupils";
    static final String CASES = "indicator_cases";
    static final String ALERTS = "indicator_alerts";

    private final MongoTemplate mongo;

    MongoIndicatorFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void pupilAssessed(String agreementId, String pupilPseudonym, String schoolYear, boolean atLeast30B,
            Instant assessedAt) {
        String id = pupilPseudonym + ":" + schoolYear;
        // Only a newer assessment replaces what is known; the upsert creates the document the first time.
        Query newerOrAbsent = Query.query(Criteria.where("_id").is(id).orOperator(
                Criteria.where("assessedAt").lt(assessedAt), Criteria.where("assessedAt").exists(false)));
        Update update = new Update().set("agreementId", agreementId).set("schoolYear", schoolYear)
                .set("atLeast30B", atLeast30B).set("assessedAt", assessedAt);
        try {
            mongo.upsert(newerOrAbsent, update, PUPILS);
        } catch (DuplicateKeyException newerAlreadyKnown) {
            // The document exists with a newer assessment: nothing to change.
        }
    }

    @Override
    public void caseOpened(String caseId, String agreementId, String schoolId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(caseId)), new Update()
                .set("agreementId", agreementId).set("schoolId", schoolId).setOnInsert("open", true), CASES);
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
        mongo.upsert(Query.query(Criteria.where("_id").is(alertId)), new Update().set("agreementId", agreementId)
                .set("recipientOrganisationId", recipientOrganisationId), ALERTS);
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
