package org.aanboord.risk.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.risk.application.PupilYearState;
import org.aanboord.risk.domain.PupilYear;

/** What the console shows: counts per code, the level, the rules that hold with their numbers, and the history. */
record PupilAssessmentView(
        String pupilPseudonym,
        String schoolYear,
        Map<AttendanceCode, Integer> halfDaysPerCode,
        AttentionLevel attentionLevel,
        List<String> holdingRuleIds,
        List<RiskAssessmentChanged> history) {

    static PupilAssessmentView of(PupilYearState state) {
        return new PupilAssessmentView(state.pupilPseudonym(), state.schoolYear(),
                new PupilYear(state.halfDays()).countsPerCode(), state.attentionLevel(), state.holdingRuleIds(),
                state.assessments());
    }
}
