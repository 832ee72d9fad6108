package org.aanboord.cases.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseStore;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Signal;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoCaseStore implements CaseStore, InitializingBean {

    static final String COLLECTION = "cases";

    private final MongoTemplate mongo;

    MongoCaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Created before the bindings start consuming: the unique key is what makes opening a case idempotent. */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("openCaseKey", Sort.Direction.ASC)
                .unique().sparse().named("one_open_case_per_pupil_and_type"));
    }

    @Override
    public boolean insertIfNoOpenCase(CaseFile newCase, List<OutboxEntry> pendingEvents) {
        try {
            mongo.insert(CaseDocument.opened(newCase, pendingEvents));
            return true;
        } catch (DuplicateKeyException openCaseOrSameCaseExists) {
            return false;
        }
    }

    @Override
    public Optional<String> openCaseId(String openCaseKey) {
        Query open = query(where("openCaseKey").is(openCaseKey));
        open.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(open, Document.class, COLLECTION)).map(found -> found.getString("_id"));
    }

    @Override
    public boolean addSignals(String caseId, String assessmentId, List<Signal> signals,
            List<OutboxEntry> pendingEvents) {
        // The assessment check sits in the update's own filter, so a replay can never add the signals twice.
        Query openWithoutThisAssessment = query(where("_id").is(caseId)
                .and("openCaseKey").exists(true)
                .and("signals.assessmentId").ne(assessmentId));
        Update update = new Update()
                .push("signals").each(signals.toArray())
                .push(OutboxRelay.FIELD).each(pendingEvents.toArray());
        return mongo.updateFirst(openWithoutThisAssessment, update, CaseDocument.class).getModifiedCount() == 1;
    }

    @Override
    public List<CaseFile> find(CaseFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.schoolId() != null) {
            criteria.and("schoolId").is(filter.schoolId());
        }
        if (filter.clbId() != null) {
            criteria.and("assignedClbId").is(filter.clbId());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        Query matching = query(criteria).with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("_id")));
        return mongo.find(matching, CaseDocument.class).stream().map(CaseDocument::toCase).toList();
    }

    @Override
    public Optional<CaseFile> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseDocument.class)).map(CaseDocument::toCase);
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
