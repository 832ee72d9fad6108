package org.aanboord.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.platform.calendar.SchoolDays;

/**
 * Decides who hears about an assessment. Routing is data: the rule's recipients and the pupil's school in the
 * agreement version the assessment applied; nothing here knows a particular rule.
 */
public final class AlertRouting {

    /** School days, and so acknowledgement deadlines, are Belgian days. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Brussels");

    static final String CONSOLE_PUPIL_PATH = "/console/pupils/";

    private final AlertWording wording = new AlertWording();

    /**
     * Builds one alert per recipient organisation of every newly triggered rule. Cleared rules never alert.
     *
     * @throws UnroutableAssessmentException when the assessment contradicts the agreement version it names
     */
    public Routing route(AgreementPublished agreement, RiskAssessmentChanged assessment, Instant deliveredAt) {
        School school = agreement.schools().stream()
                .filter(candidate -> candidate.id().equals(assessment.schoolId()))
                .findFirst()
                .orElseThrow(() -> new UnroutableAssessmentException("School '" + assessment.schoolId()
                        + "' is not part of agreement " + agreement.recordKey()));
        Map<String, Alert> alerts = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (String ruleId : assessment.newlyTriggeredRuleIds()) {
            AlertRule agreed = rule(agreement, ruleId);
            RuleOutcome outcome = outcome(assessment, ruleId);
            TriggeredRule rule = triggered(agreed, outcome, agreement, assessment);
            for (Recipient recipient : agreed.recipients()) {
                List<String> organisations = organisationsFor(recipient.party(), school, agreement);
                if (organisations.isEmpty()) {
                    unresolved.add("rule '" + ruleId + "' names " + recipient.party() + ", which agreement "
                            + agreement.recordKey() + " does not give school '" + school.id() + "'");
                }
                for (String organisationId : organisations) {
                    Alert alert = alert(organisationId, recipient, agreed, school, agreement, assessment, rule,
                            outcome.explanation(), deliveredAt);
                    alerts.putIfAbsent(alert.id(), alert);
                }
            }
        }
        return new Routing(List.copyOf(alerts.values()), List.copyOf(unresolved));
    }

    /**
     * The sent-ledger key: the same recipient hears about the same crossing of a rule of an agreement version once.
     * The crossing is the assessment in which the rule newly held (risk-scoring gives it a deterministic id, so a
     * replay or a rebuild carries the same one); once the rule cleared, its next crossing is a new assessment and
     * alerts again.
     */
    static String alertId(String organisationId, String pupilPseudonym, String ruleId, String agreementId,
            int agreementVersion, String crossingAssessmentId) {
        String identity = String.join("|", organisationId, pupilPseudonym, ruleId, agreementId,
                Integer.toString(agreementVersion), crossingAssessmentId);
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Alert alert(String organisationId, Recipient recipient, AlertRule agreed, School school,
            AgreementPublished agreement,
            RiskAssessmentChanged assessment, TriggeredRule rule, String explanation, Instant deliveredAt) {
        boolean identified = recipient.dataScope() == DataScope.IDENTIFIED;
        AlertRecipient to = new AlertRecipient(organisationId, organisationName(organisationId, school, agreement),
                recipient.party(), recipient.dataScope(), contacts(organisationId, recipient.party(), agreement));
        // The deadline binds the rule's first recipient (the one that has to act); the others are informed.
        boolean mustAct = recipient.party() == agreed.recipients().get(0).party();
        LocalDate dueBy = !mustAct || rule.actWithinSchoolDays() == null || rule.escalateTo() == null ? null
                : new SchoolDays(agreement.calendars()).plusSchoolDays(
                        LocalDate.ofInstant(deliveredAt, SCHOOL_ZONE), rule.actWithinSchoolDays());
        return new Alert(
                alertId(organisationId, assessment.pupilPseudonym(), rule.ruleId(), agreement.agreementId(),
                        agreement.version(), assessment.assessmentId()),
                to,
                assessment.pupilPseudonym(),
                identified ? school.id() : null,
                identified ? CONSOLE_PUPIL_PATH + assessment.pupilPseudonym() : null,
                wording.titleNl(rule),
                wording.titleEn(rule),
                explanation,
                rule,
                deliveredAt,
                null,
                null,
                dueBy,
                null,
                null);
    }

    private static TriggeredRule triggered(AlertRule rule, RuleOutcome outcome, AgreementPublished agreement,
            RiskAssessmentChanged assessment) {
        return new TriggeredRule(rule.ruleId(), rule.description(), rule.measure(), outcome.value(), rule.threshold(),
                rule.attentionLevel(), rule.actWithinSchoolDays(), agreement.agreementId(), agreement.version(),
                assessment.assessmentId(), rule.escalateTo());
    }

    static List<String> organisationsFor(RecipientParty party, School school, AgreementPublished agreement) {
        return switch (party) {
            case SCHOOL -> List.of(school.id());
            case CLB -> present(school.clbId());
            case MUNICIPALITY -> present(school.municipalityId());
            case VDAB -> agreement.organisations().stream()
                    .filter(organisation -> organisation.type() == OrganisationType.VDAB)
                    .map(Organisation::id)
                    .toList();
        };
    }

    private static List<String> present(String organisationId) {
        return organisationId == null || organisationId.isBlank() ? List.of() : List.of(organisationId);
    }

    static String organisationName(String organisationId, School school, AgreementPublished agreement) {
        if (organisationId.equals(school.id())) {
            return school.name();
        }
        return agreement.organisations().stream()
                .filter(organisation -> organisation.id().equals(organisationId))
                .map(Organisation::name)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(organisationId);
    }

    static List<ContactPerson> contacts(String organisationId, RecipientParty party,
            AgreementPublished agreement) {
        return agreement.contacts().stream()
                .filter(contact -> organisationId.equals(contact.organisationId()) && party == contact.party())
                .map(contact -> new ContactPerson(contact.fullName(), contact.role(), contact.email()))
                .toList();
    }

    private static AlertRule rule(AgreementPublished agreement, String ruleId) {
        return agreement.rules().stream()
                .filter(rule -> rule.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new UnroutableAssessmentException("Rule '" + ruleId + "' is not part of agreement "
                        + agreement.recordKey()));
    }

    private static RuleOutcome outcome(RiskAssessmentChanged assessment, String ruleId) {
        return assessment.triggeredRules().stream()
                .filter(outcome -> outcome.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new UnroutableAssessmentException("Rule '" + ruleId
                        + "' is newly triggered but assessment " + assessment.assessmentId() + " carries no numbers for it"));
    }

    /**
     * The alerts to deliver, and the recipients the agreement does not resolve for this school (reported, so
     * one gap in the agreement does not hold back the other recipients).
     */
    public record Routing(List<Alert> alerts, List<String> unresolved) {
    }
}
