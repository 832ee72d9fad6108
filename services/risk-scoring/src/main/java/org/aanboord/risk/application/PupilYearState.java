package org.aanboord.risk.application;

import java.util.List;
import java.util.Map;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.SignalEntry;

/**
 * The stored scoring state of one pupil in one school year.
 *
 * @param signals     report results, grade repetition, disciplinary measures and concerns, by natural key
 * @param assessments every assessment published for this pupil and year, oldest first
 * @param version     optimistic-locking version; null for a state not stored yet
 */
public record PupilYearState(
        String pupilPseudonym,
        String schoolYear,
        Map<String, HalfDayEntry> halfDays,
        Map<String, SignalEntry> signals,
        List<String> holdingRuleIds,
        AttentionLevel attentionLevel,
        List<RiskAssessmentChanged> assessments,
        Long version) {

    public static PupilYearState empty(String pupilPseudonym, String schoolYear) {
        return new PupilYearState(pupilPseudonym, schoolYear, Map.of(), Map.of(), List.of(), AttentionLevel.UNIVERSAL,
                List.of(), null);
    }
}
