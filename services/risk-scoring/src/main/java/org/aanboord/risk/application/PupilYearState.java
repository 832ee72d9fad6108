package org.aanboord.risk.application;

import java.util.List;
import java.util.Map;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.risk.domain.HalfDayEntry;
import org.aanboord.risk.domain.SignalEntry;

/**
 * The stored scoring state of one pupil in one school year.
 *
 * @param signals     report results, grade repetition, disciplinary measures and concerns, by natural key
 * @param assessmentCount how many assessments were published for this pupil and year (the history itself is
 *                        not needed to score, see {@link PupilYearHistory})
 * @param version     optimistic-locking version; null for a state not stored yet
 */
public record PupilYearState(
        String pupilPseudonym,
        String schoolYear,
        Map<String, HalfDayEntry> halfDays,
        Map<String, SignalEntry> signals,
        List<String> holdingRuleIds,
        AttentionLevel attentionLevel,
        int assessmentCount,
        Long version) {

    public static PupilYearState empty(String pupilPseudonym, String schoolYear) {
        return new PupilYearState(pupilPseudonym, schoolYear, Map.of(), Map.of(), List.of(), AttentionLevel.UNIVERSAL,
                0, null);
    }

    /** This state as stored with the given version. */
    public PupilYearState withVersion(long stored) {
        return new PupilYearState(pupilPseudonym, schoolYear, halfDays, signals, holdingRuleIds, attentionLevel,
                assessmentCount, stored);
    }
}
