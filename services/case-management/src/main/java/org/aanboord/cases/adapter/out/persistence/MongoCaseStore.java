package org.aanboord.cases.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.cases.application.CasePage;
import org.aanboord.cases.application.CaseStore;
import org.aanboord.cases.domain.AuditEntry;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Signal;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;
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
    private static final List<CaseStatus> ACTIVE = List.of(CaseStatus.SIGNALLED, CaseStatus.TRIAGE,
            CaseStatus.SCHOOL_SUPPORT, CaseStatus.CLB_GUIDANCE, CaseStatus.MULTIDISCIPLINARY, CaseStatus.ESCALATED,
            CaseStatus.HANDOVER, CaseStatus.AFTERCARE);

    private final MongoTemplate mongo;

    MongoCaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Created before the bindings start consuming: the unique key is what makes opening a case idempotent. */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("openCaseKey", Sort.Direction.ASC)
                .unique().sparse().named("one_open_case_per_pupil_and_type"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("pupilPseudonym", Sort.Direction.ASC)
                .named("cases_of_pupil"));
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
        return firstId(query(where("openCaseKey").is(openCaseKey)));
    }

    @Override
    public Optional<String> latestClosedCaseId(String pupilPseudonym, CaseType caseType) {
        return firstId(query(where("pupilPseudonym").is(pupilPseudonym).and("caseType").is(caseType)
                .and("status").is(CaseStatus.CLOSED)).with(Sort.by(Sort.Order.desc("closure.closedAt"))));
    }

    @Override
    public boolean holdsSignalOf(String pupilPseudonym, String assessmentId) {
        return mongo.exists(query(where("pupilPseudonym").is(pupilPseudonym).and("signals.assessmentId")
                .is(assessmentId)), CaseDocument.class);
    }

    @Override
    public boolean addSignals(String caseId, String assessmentId, List<Signal> signals, AuditEntry audit,
            List<OutboxEntry> pendingEvents) {
        // The assessment check sits in the update's own filter, so a replay can never add the signals twice.
        Query openWithoutThisAssessment = query(where("_id").is(caseId)
                .and("openCaseKey").exists(true)
                .and("signals.assessmentId").ne(assessmentId));
        Update update = new Update()
                .push("signals").each(signals.toArray())
                .push("history", audit)
                .push(OutboxRelay.FIELD).each(pendingEvents.toArray())
                .inc("version", 1);
        return mongo.updateFirst(openWithoutThisAssessment, update, CaseDocument.class).getModifiedCount() == 1;
    }

    @Override
    public boolean update(CaseFile changed, List<OutboxEntry> pendingEvents) {
        Query sameVersion = query(where("_id").is(changed.caseId()).and("version").is(changed.version()));
        Update update = new Update()
                .set("status", changed.status())
                .set("ownerId", changed.ownerId())
                .set("hold", changed.hold())
                .set("closure", changed.closure())
                .set("supportPlan", changed.supportPlan())
                .set("transitionRecord", changed.transitionRecord())
                .set("nextDueDate", changed.nextDueDate().orElse(null))
                .set("dueSortKey", changed.nextDueDate().orElse(CaseDocument.NO_DEADLINE))
                .set("actions", changed.actions())
                .set("team", changed.team())
                .set("referrals", changed.referrals())
                .set("contacts", changed.contacts())
                .set("conferences", changed.conferences())
                .set("notes", changed.allNotes())
                // History and outbox only ever grow by $push: the relay may be pulling from the outbox right now.
                .push("history").each(changed.pendingHistory().toArray())
                .push(OutboxRelay.FIELD).each(pendingEvents.toArray())
                .inc("version", 1);
        if (changed.status() == CaseStatus.CLOSED) {
            // Frees the pupil's open-case key: the next crossing opens a new case.
            update.unset("openCaseKey");
        }
        return mongo.updateFirst(sameVersion, update, CaseDocument.class).getModifiedCount() == 1;
    }

    @Override
    public CasePage find(CaseFilter filter, CaseScope scope, LocalDate today) {
        Criteria criteria = new Criteria();
        if (scope.schoolIds() != null) {
            criteria.and("schoolId").in(scope.schoolIds());
        }
        if (scope.caseTypes() != null) {
            criteria.and("caseType").in(scope.caseTypes());
        }
        if (filter.schoolId() != null) {
            criteria.andOperator(where("schoolId").is(filter.schoolId()));
        }
        if (filter.clbId() != null) {
            criteria.and("assignedClbId").is(filter.clbId());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.ownerId() != null) {
            criteria.and("ownerId").is(filter.ownerId());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            // A case on hold has its deadlines paused, a closed one has none: neither is overdue.
            criteria.and("nextDueDate").lt(today);
            if (filter.status() == null) {
                criteria.and("status").in(ACTIVE);
            }
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            criteria.orOperator(where("nextDueDate").is(null), where("nextDueDate").gte(today),
                    where("status").nin(ACTIVE));
        }
        long total = mongo.count(query(criteria), CaseDocument.class);
        Sort order = filter.sort() == CaseFilter.Sort.DUE_DATE
                ? Sort.by(Sort.Order.asc("dueSortKey"), Sort.Order.desc("openedAt"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("_id"));
        Query page = query(criteria).with(order).skip((long) filter.page() * filter.size()).limit(filter.size());
        page.fields().exclude("history").exclude(OutboxRelay.FIELD);
        return new CasePage(mongo.find(page, CaseDocument.class).stream().map(CaseDocument::toCase).toList(), total);
    }

    @Override
    public Optional<CaseFile> find(String caseId) {
        Query byId = query(where("_id").is(caseId));
        byId.fields().exclude("history").exclude(OutboxRelay.FIELD);
        return Optional.ofNullable(mongo.findOne(byId, CaseDocument.class)).map(CaseDocument::toCase);
    }

    @Override
    public Optional<List<AuditEntry>> history(String caseId) {
        Query byId = query(where("_id").is(caseId));
        byId.fields().include("history");
        return Optional.ofNullable(mongo.findOne(byId, Document.class, COLLECTION))
                .map(found -> found.getList("history", Document.class, List.of()).stream()
                        .map(entry -> mongo.getConverter().read(AuditEntry.class, entry))
                        .toList());
    }

    @Override
    public List<String> needingDeadlineWatch(LocalDate today, LocalDate horizon) {
        Query due = query(new Criteria().orOperator(
                where("status").in(ACTIVE).and("nextDueDate").lte(horizon),
                where("status").is(CaseStatus.ON_HOLD).and("hold.until").lt(today)));
        due.fields().include("_id");
        return mongo.find(due, Document.class, COLLECTION).stream().map(found -> found.getString("_id")).toList();
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    private Optional<String> firstId(Query query) {
        query.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(found -> found.getString("_id"));
    }
}
