package org.aanboord.risk.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.application.PupilYearState;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.SignalEntry;
import org.aanboord.risk.domain.SignalKind;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Maps one pupil's school year to its document and back by hand: the state is read and written for every scored
 * batch, and the generic entity mapping cost more than the scoring itself. The assessments of the history are
 * written by hand as well and read by the template's converter; the outbox entries go through the converter both
 * ways. The assessment history, which would be most of the document, has a collection of its own (one insert-only
 * document per assessment).
 */
final class PupilYearCodec {

    static final String SIGNALS = "signals";
    static final String HOLDING_RULE_IDS = "holdingRuleIds";
    static final String ATTENTION_LEVEL = "attentionLevel";
    /** Where documents written before the history had its own collection keep it. */
    static final String EMBEDDED_ASSESSMENTS = "assessments";
    static final String ASSESSMENT_COUNT = "assessmentCount";
    static final String VERSION = "version";

    private final MongoConverter converter;

    PupilYearCodec(MongoConverter converter) {
        this.converter = converter;
    }

    static String idOf(String pupilPseudonym, String schoolYear) {
        return pupilPseudonym + "|" + schoolYear;
    }

    Document document(PupilYearState state, long version, List<OutboxEntry> outbox) {
        return new Document("_id", idOf(state.pupilPseudonym(), state.schoolYear()))
                .append("pupilPseudonym", state.pupilPseudonym())
                .append("schoolYear", state.schoolYear())
                .append(HalfDaysField.NAME, HalfDaysField.write(state.halfDays()))
                .append(SIGNALS, signals(state.signals()))
                .append(HOLDING_RULE_IDS, state.holdingRuleIds())
                .append(ATTENTION_LEVEL, state.attentionLevel().name())
                .append(ASSESSMENT_COUNT, state.assessmentCount())
                .append(VERSION, version)
                .append(OutboxRelay.FIELD, outbox(outbox));
    }

    /** A list, not a map: a signal's key holds school-given text (the report period), which may contain a dot. */
    static List<Document> signals(Map<String, SignalEntry> signals) {
        List<Document> documents = new ArrayList<>(signals.size());
        signals.forEach((key, signal) -> documents.add(new Document("key", key)
                .append("kind", signal.kind().name())
                .append("schoolId", signal.schoolId())
                .append("date", signal.date().toString())
                .append("value", signal.value())
                .append("category", signal.category())
                .append("version", signal.version())));
        return documents;
    }

    /** The id of a pupil-year's {@code sequence}-th assessment (from 0) in the history collection. */
    static String historyIdOf(String pupilYearId, int sequence) {
        return pupilYearId + "#" + sequence;
    }

    Document historyEntry(String pupilYearId, String schoolYear, int sequence, RiskAssessmentChanged assessment) {
        return new Document("_id", historyIdOf(pupilYearId, sequence))
                .append("schoolYear", schoolYear)
                .append("pupilYear", pupilYearId)
                .append("sequence", sequence)
                .append("assessment", assessmentDocument(assessment));
    }

    /**
     * The document the template's converter writes for an assessment (record order, no nulls, instants as dates),
     * built by hand: the generic mapping was most of the cost of saving a history entry. Read back by the converter.
     */
    static Document assessmentDocument(RiskAssessmentChanged assessment) {
        Document document = new Document();
        appendPresent(document, "assessmentId", assessment.assessmentId());
        appendPresent(document, "pupilPseudonym", assessment.pupilPseudonym());
        appendPresent(document, "schoolId", assessment.schoolId());
        appendPresent(document, "clbId", assessment.clbId());
        appendPresent(document, "municipalityId", assessment.municipalityId());
        appendPresent(document, "schoolYear", assessment.schoolYear());
        appendPresent(document, "agreementId", assessment.agreementId());
        document.append("agreementVersion", assessment.agreementVersion());
        appendPresent(document, "attentionLevel", nameOf(assessment.attentionLevel()));
        appendPresent(document, "previousAttentionLevel", nameOf(assessment.previousAttentionLevel()));
        appendPresent(document, "triggeredRules", assessment.triggeredRules() == null ? null
                : assessment.triggeredRules().stream().map(PupilYearCodec::ruleOutcomeDocument).toList());
        appendPresent(document, "newlyTriggeredRuleIds", assessment.newlyTriggeredRuleIds());
        appendPresent(document, "clearedRuleIds", assessment.clearedRuleIds());
        appendPresent(document, "assessedAt", assessment.assessedAt() == null ? null : Date.from(assessment.assessedAt()));
        document.append("domains", assessment.domains().stream().map(PupilYearCodec::domainDocument).toList());
        return document;
    }

    private static Document domainDocument(DomainAttention domain) {
        Document document = new Document();
        appendPresent(document, "domain", nameOf(domain.domain()));
        appendPresent(document, "attentionLevel", nameOf(domain.attentionLevel()));
        return document.append("ruleIds", domain.ruleIds());
    }

    private static Document ruleOutcomeDocument(RuleOutcome outcome) {
        Document document = new Document();
        appendPresent(document, "ruleId", outcome.ruleId());
        appendPresent(document, "description", outcome.description());
        appendPresent(document, "measure", outcome.measure());
        document.append("value", outcome.value()).append("threshold", outcome.threshold());
        appendPresent(document, "attentionLevel", nameOf(outcome.attentionLevel()));
        appendPresent(document, "explanation", outcome.explanation());
        return document;
    }

    private static void appendPresent(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    RiskAssessmentChanged assessment(Document historyEntry) {
        return converter.read(RiskAssessmentChanged.class, historyEntry.get("assessment", Document.class));
    }

    List<Object> outbox(List<OutboxEntry> entries) {
        List<Object> documents = new ArrayList<>(entries.size());
        entries.forEach(entry -> documents.add(converter.convertToMongoType(entry)));
        return documents;
    }

    PupilYearState state(Document document) {
        Map<String, HalfDayEntry> halfDays = HalfDaysField.read(document);
        Map<String, SignalEntry> signals = new HashMap<>();
        for (Document signal : document.getList(SIGNALS, Document.class, List.of())) {
            signals.put(signal.getString("key"), new SignalEntry(SignalKind.valueOf(signal.getString("kind")),
                    signal.getString("schoolId"), LocalDate.parse(signal.getString("date")),
                    signal.get("value", Number.class).intValue(), signal.getString("category"),
                    signal.get("version", Number.class).intValue()));
        }
        String level = document.getString(ATTENTION_LEVEL);
        return new PupilYearState(document.getString("pupilPseudonym"), document.getString("schoolYear"), halfDays,
                signals, List.copyOf(document.getList(HOLDING_RULE_IDS, String.class, List.of())),
                level == null ? AttentionLevel.UNIVERSAL : AttentionLevel.valueOf(level), assessmentCount(document),
                document.get(VERSION, Number.class).longValue());
    }

    /** Documents written before the count was stored have their history instead (read it with them). */
    static boolean hasAssessmentCount(Document document) {
        return document.containsKey(ASSESSMENT_COUNT);
    }

    private static int assessmentCount(Document document) {
        return hasAssessmentCount(document) ? document.get(ASSESSMENT_COUNT, Number.class).intValue()
                : document.getList(EMBEDDED_ASSESSMENTS, Document.class, List.of()).size();
    }

    /** The assessments of a document written before the history had its own collection; none for newer ones. */
    List<RiskAssessmentChanged> embeddedAssessments(Document document) {
        List<RiskAssessmentChanged> assessments = new ArrayList<>();
        for (Document assessment : document.getList(EMBEDDED_ASSESSMENTS, Document.class, List.of())) {
            assessments.add(converter.read(RiskAssessmentChanged.class, assessment));
        }
        return assessments;
    }
}
