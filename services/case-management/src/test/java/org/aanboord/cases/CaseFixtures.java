package org.aanboord.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;

/** An agreement with a school calendar (a free Wednesday 25 November 2026) and crossings of its 5B rule. */
final class CaseFixtures {

    static final String CLB_5B = "clb-notification-5b";
    static final LocalDate FREE_WEDNESDAY = LocalDate.parse("2026-11-25");

    private CaseFixtures() {
    }

    static AgreementPublished agreementWithCalendar(String agreementId) {
        return new AgreementPublished(agreementId, 1, "Afsprakenkader kalender", "region-cal",
                LocalDate.parse("2026-09-01"), Instant.parse("2026-09-01T06:00:00Z"),
                List.of(new Organisation("clb-west", OrganisationType.CLB, "CLB West"),
                        new Organisation("clb-oost", OrganisationType.CLB, "CLB Oost")),
                List.of(new School(agreementId + "-school-west", "School West", "clb-west", "municipality-cal"),
                        new School(agreementId + "-school-oost", "School Oost", "clb-oost", "municipality-cal")),
                List.of(),
                List.of(new AlertRule(CLB_5B, "5 B half-days: the CLB acts within 5 school days",
                        "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, AttentionLevel.TARGETED, true, List.of(), 5)),
                List.of(new SchoolCalendar("2026-2027", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-06-30"),
                        List.of(new Holiday("pedagogische studiedag", FREE_WEDNESDAY, FREE_WEDNESDAY)))));
    }

    /** A crossing of the 5B rule without CLB: the case must find the school's CLB in the agreement. */
    static RiskAssessmentChanged crossing(String agreementId, String pupil, String schoolId, Instant at) {
        return new RiskAssessmentChanged("assessment-" + UUID.randomUUID(), pupil, schoolId, null, null, "2026-2027",
                agreementId, 1, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL,
                List.of(new RuleOutcome(CLB_5B, "5 B", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, 5,
                        AttentionLevel.TARGETED, "B half-days this school year: 5 ≥ 5")),
                List.of(CLB_5B), List.of(), at);
    }

    static String pupil() {
        return "pupil-" + UUID.randomUUID().toString().replace("-", "");
    }
}
