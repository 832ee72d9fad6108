package org.aanboord.risk.adapter.out.persistence;

import java.util.List;
import java.util.Map;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.risk.application.PupilYearState;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.SignalEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One pupil's school year, with the assessments still to be relayed in {@code outbox}. */
@Document(MongoScoringStore.COLLECTION)
record PupilYearDocument(
        @Id String id,
        String pupilPseudonym,
        String schoolYear,
        Map<String, HalfDayEntry> halfDays,
        Map<String, SignalEntry> signals,
        List<String> holdingRuleIds,
        AttentionLevel attentionLevel,
        List<RiskAssessmentChanged> assessments,
        long version,
        List<OutboxEntry> outbox) {

    static String idOf(String pupilPseudonym, String schoolYear) {
        return pupilPseudonym + "|" + schoolYear;
    }

    static PupilYearDocument of(PupilYearState state, long version, List<OutboxEntry> outbox) {
        return new PupilYearDocument(idOf(state.pupilPseudonym(), state.schoolYear()), state.pupilPseudonym(),
                state.schoolYear(), state.halfDays(), state.signals(), state.holdingRuleIds(), state.attentionLevel(),
                state.assessments(), version, outbox);
    }

    PupilYearState state() {
        // Years stored before signals were scored have none.
        return new PupilYearState(pupilPseudonym, schoolYear, halfDays, signals == null ? Map.of() : signals,
                holdingRuleIds, attentionLevel, assessments, version);
    }
}
