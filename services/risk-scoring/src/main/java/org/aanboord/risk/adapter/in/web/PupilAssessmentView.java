package org.aanboord.risk.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.risk.application.AssessmentQueries.MeasureReading;
import org.aanboord.risk.application.AssessmentQueries.PupilReport;

/**
 * What the console shows: counts per code, every measure in words, the level overall and per domain, the rules
 * that hold, and the history of published assessments.
 */
record PupilAssessmentView(
        String pupilPseudonym,
        String schoolYear,
        Map<AttendanceCode, Integer> halfDaysPerCode,
        List<MeasureReading> measures,
        AttentionLevel attentionLevel,
        List<DomainAttention> domains,
        List<String> holdingRuleIds,
        List<RiskAssessmentChanged> history) {

    static PupilAssessmentView of(PupilReport report) {
        return new PupilAssessmentView(report.state().pupilPseudonym(), report.state().schoolYear(),
                report.countsPerCode(), report.measures(), report.state().attentionLevel(), report.domains(),
                report.state().holdingRuleIds(), report.history());
    }
}
