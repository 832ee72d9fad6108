package org.aanboord.risk.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
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
 * batch, and the generic entity mapping cost more than the scoring itself. The published assessments and outbox
 * entries, written once each, go through the template's converter.
 */
final class PupilYearCodec {

    static final String HALF_DAYS = "halfDays";
    static final String SIGNALS = "signals";
    static final String HOLDING_RULE_IDS = "holdingRuleIds";
    static final String ATTENTION_LEVEL = "attentionLevel";
    static final String ASSESSMENTS = "assessments";
    static final String VERSION = "version";

    private final MongoConverter converter;

    PupilYearCodec(MongoConverter converter) {
        this.converter = converter;
    }

    static String idOf(String pupilPseudonym, String schoolYear) {
        return pupilPseudonym + "|" + schoolYear;
    }

    Document document(PupilYearState state, long version, List<OutboxEntry> outbox) {
        Document halfDays = new Document();
        state.halfDays().forEach((slot, entry) -> halfDays.append(slot, halfDay(entry)));
        return new Document("_id", idOf(state.pupilPseudonym(), state.schoolYear()))
                .append("pupilPseudonym", state.pupilPseudonym())
                .append("schoolYear", state.schoolYear())
                .append(HALF_DAYS, halfDays)
                .append(SIGNALS, signals(state.signals()))
                .append(HOLDING_RULE_IDS, state.holdingRuleIds())
                .append(ATTENTION_LEVEL, state.attentionLevel().name())
                .append(ASSESSMENTS, assessments(state.assessments()))
                .append(VERSION, version)
                .append(OutboxRelay.FIELD, outbox(outbox));
    }

    /** A revoked half-day has no code; like the entity mapping, the field is then left out. */
    static Document halfDay(HalfDayEntry entry) {
        Document document = new Document("schoolId", entry.schoolId());
        if (entry.code() != null) {
            document.append("code", entry.code().name());
        }
        return document.append("version", entry.version());
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

    List<Object> assessments(List<RiskAssessmentChanged> assessments) {
        List<Object> documents = new ArrayList<>(assessments.size());
        assessments.forEach(assessment -> documents.add(converter.convertToMongoType(assessment)));
        return documents;
    }

    List<Object> outbox(List<OutboxEntry> entries) {
        List<Object> documents = new ArrayList<>(entries.size());
        entries.forEach(entry -> documents.add(converter.convertToMongoType(entry)));
        return documents;
    }

    PupilYearState state(Document document) {
        Map<String, HalfDayEntry> halfDays = new HashMap<>();
        Document stored = document.get(HALF_DAYS, Document.class);
        if (stored != null) {
            stored.forEach((slot, value) -> {
                Document entry = (Document) value;
                String code = entry.getString("code");
                halfDays.put(slot, new HalfDayEntry(entry.getString("schoolId"),
                        code == null ? null : AttendanceCode.valueOf(code), entry.get("version", Number.class).intValue()));
            });
        }
        Map<String, SignalEntry> signals = new HashMap<>();
        for (Document signal : document.getList(SIGNALS, Document.class, List.of())) {
            signals.put(signal.getString("key"), new SignalEntry(SignalKind.valueOf(signal.getString("kind")),
                    signal.getString("schoolId"), LocalDate.parse(signal.getString("date")),
                    signal.get("value", Number.class).intValue(), signal.getString("category"),
                    signal.get("version", Number.class).intValue()));
        }
        List<RiskAssessmentChanged> assessments = new ArrayList<>();
        for (Document assessment : document.getList(ASSESSMENTS, Document.class, List.of())) {
            assessments.add(converter.read(RiskAssessmentChanged.class, assessment));
        }
        String level = document.getString(ATTENTION_LEVEL);
        return new PupilYearState(document.getString("pupilPseudonym"), document.getString("schoolYear"), halfDays,
                signals, List.copyOf(document.getList(HOLDING_RULE_IDS, String.class, List.of())),
                level == null ? AttentionLevel.UNIVERSAL : AttentionLevel.valueOf(level), assessments,
                document.get(VERSION, Number.class).longValue());
    }
}
