package org.aanboord.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.testsupport.TestTokens;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A small region per test (ids carry a suffix so tests sharing one broker and store never see each other's data):
 * one school served by one CLB in one municipality, a VDAB office, and two rules. {@code b5} notifies the school,
 * the CLB and (pseudonymised) the municipality; {@code b10} leaves the municipality out.
 */
public record Fixtures(String suffix) {

    public static final String B5 = "clb-notification-5b";
    public static final String B10 = "school-and-clb-10b";
    public static final String MEASURE = "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR";

    public static Fixtures fresh() {
        return new Fixtures(UUID.randomUUID().toString().substring(0, 8));
    }

    public String agreementId() {
        return "agreement-" + suffix;
    }

    public String school() {
        return "school-" + suffix;
    }

    public String clb() {
        return "clb-" + suffix;
    }

    public String municipality() {
        return "municipality-" + suffix;
    }

    public String vdab() {
        return "vdab-" + suffix;
    }

    public static String pupil() {
        return "pupil" + UUID.randomUUID().toString().replace("-", "");
    }

    public AgreementPublished agreement() {
        return agreement(List.of(
                rule(B5, 5, recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                        recipient(RecipientParty.CLB, DataScope.IDENTIFIED),
                        recipient(RecipientParty.MUNICIPALITY, DataScope.PSEUDONYMISED)),
                rule(B10, 10, recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                        recipient(RecipientParty.CLB, DataScope.IDENTIFIED))));
    }

    public AgreementPublished agreement(List<AlertRule> rules) {
        return new AgreementPublished(agreementId(), 1, "Lokaal afsprakenkader " + suffix, "region-" + suffix,
                LocalDate.parse("2026-09-01"), Instant.parse("2026-09-01T06:00:00Z"),
                List.of(new Organisation(municipality(), OrganisationType.LOKAAL_BESTUUR, "Gemeente " + suffix),
                        new Organisation(clb(), OrganisationType.CLB, "CLB " + suffix),
                        new Organisation(vdab(), OrganisationType.VDAB, "VDAB " + suffix)),
                List.of(new School(school(), "Basisschool " + suffix, clb(), municipality())),
                List.of(contact("contact-clb", clb(), "An Peeters", RecipientParty.CLB),
                        contact("contact-school", school(), "Sofie Maes", RecipientParty.SCHOOL),
                        contact("contact-municipality", municipality(), "Els Janssens", RecipientParty.MUNICIPALITY),
                        contact("contact-vdab", vdab(), "Tom Claes", RecipientParty.VDAB)),
                rules, List.of());
    }

    public static AlertRule rule(String ruleId, int threshold, Recipient... recipients) {
        return new AlertRule(ruleId, threshold + " problematische halve dagen (B) in een schooljaar", MEASURE,
                threshold, AttentionLevel.TARGETED, true, List.of(recipients), 5);
    }

    public static Recipient recipient(RecipientParty party, DataScope scope) {
        return new Recipient(party, scope);
    }

    /** An assessment in which the given rules newly hold at {@code value} B half-days. */
    public RiskAssessmentChanged crossing(String pupil, int value, String... newlyTriggered) {
        List<RuleOutcome> outcomes = List.of(newlyTriggered).stream().map(ruleId -> outcome(ruleId, value)).toList();
        return assessment(pupil, outcomes, List.of(newlyTriggered), List.of());
    }

    /** A de-escalation: {@code cleared} no longer holds, {@code stillHolding} holds at {@code value} but is not new. */
    public RiskAssessmentChanged clearing(String pupil, int value, String stillHolding, String cleared) {
        return assessment(pupil, List.of(outcome(stillHolding, value)), List.of(), List.of(cleared));
    }

    private RiskAssessmentChanged assessment(String pupil, List<RuleOutcome> holding, List<String> newly,
            List<String> cleared) {
        return new RiskAssessmentChanged(UUID.randomUUID().toString(), pupil, school(), clb(), municipality(),
                "2026-2027", agreementId(), 1, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL, holding, newly,
                cleared, Instant.now());
    }

    private static RuleOutcome outcome(String ruleId, int value) {
        int threshold = ruleId.equals(B10) ? 10 : 5;
        return new RuleOutcome(ruleId, null, MEASURE, value, threshold, AttentionLevel.TARGETED,
                "B half-days this school year: " + value + " ≥ " + threshold);
    }

    private static Contact contact(String id, String organisationId, String name, RecipientParty party) {
        return new Contact(id, organisationId, name, "Trajectbegeleider", party,
                id + "@" + organisationId + ".example", null, null);
    }

    /** A signed-in person of the organisation, in the role its id names (clb-..., municipality-..., else school). */
    public static RequestPostProcessor signedInFor(String organisationId) {
        String role = organisationId.startsWith("clb-") ? "CLB_WORKER"
                : organisationId.startsWith("municipality-") ? "REGISSEUR" : "SCHOOL_STAFF";
        return TestTokens.as(role, organisationId);
    }
}
