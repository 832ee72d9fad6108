package org.aanboord.agreements.domain.validation;

import static org.aanboord.agreements.DemoAgreement.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.aanboord.agreements.DemoAgreement;
import org.aanboord.agreements.domain.AgreementVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every rule: the demo agreement with one mistake is refused, naming the exact place and saying what is wrong. */
class AgreementValidatorTest {

    private final AgreementValidator validator = new AgreementValidator();

    @Test
    void theDemoAgreementCoversAllFourPhasesAndCanBePublished() {
        AgreementVersion demo = DemoAgreement.record();

        assertThat(validator.validate(demo, List.of())).isEmpty();
        assertThat(demo.phases()).extracting(phase -> phase.phase().name())
                .containsExactly("MONITORING_IDENTIFICATION", "PREVENTION", "INTERVENTION", "COMPENSATION");
        assertThat(demo.rules()).extracting(rule -> rule.phase().name())
                .contains("MONITORING_IDENTIFICATION", "PREVENTION", "INTERVENTION", "COMPENSATION");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("an action without a responsible party",
                        json -> at(json, "/objectives/0/operational/0/actions/1").putArray("responsible"),
                        "objectives[0].operational[0].actions[1].responsible",
                        "an action needs at least one responsible organisation (Verantwoordelijke)"),
                mistake("an action whose responsible party is unknown",
                        json -> at(json, "/objectives/1/operational/0/actions/0").putArray("responsible").add("ghost"),
                        "objectives[1].operational[0].actions[0].responsible[0]", "unknown organisation 'ghost'"),
                mistake("a rule without a recipient",
                        json -> at(json, "/rules/2").putArray("recipients"),
                        "rules[2].recipients", "a rule must notify at least one party"),
                mistake("a rule whose recipient no organisation in the agreement is",
                        json -> at(json, "/organisations/2").put("type", "OTHER"),
                        "rules[4].recipients[0].party", "no organisation in the agreement is a VDAB, so nobody would "
                                + "receive this alert"),
                mistake("a deadline that escalates to nobody",
                        json -> at(json, "/rules/2").putNull("escalateTo"),
                        "rules[2].escalateTo", "the rule sets a deadline of 5 school days but escalates to nobody "
                                + "when it is missed"),
                mistake("an escalation to a party no organisation is",
                        json -> {
                            at(json, "/organisations/2").put("type", "OTHER");
                            at(json, "/rules/2").put("escalateTo", "VDAB");
                        },
                        "rules[2].escalateTo", "escalation to nobody: no organisation in the agreement is a VDAB"),
                mistake("an escalation to the party that had to act",
                        json -> at(json, "/rules/2").put("escalateTo", "CLB"),
                        "rules[2].escalateTo", "escalates to CLB, the party that had to act itself"),
                mistake("an acting party that is not told",
                        json -> at(json, "/rules/0").put("actingParty", "CLB"),
                        "rules[0].actingParty", "CLB must act but is not among the recipients"),
                mistake("a rule outside the phases",
                        json -> at(json, "/rules/0").putNull("phase"),
                        "rules[0].phase", "say which phase agreement the rule belongs to"),
                mistake("a contact of an unknown organisation",
                        json -> at(json, "/contacts/0").put("organisationId", "ghost"),
                        "contacts[0].organisationId", "unknown organisation 'ghost'"),
                mistake("an engagement of an unknown organisation",
                        json -> at(json, "/phases/2/engagements/0").put("organisationId", "ghost"),
                        "phases[2].engagements[0].organisationId", "unknown organisation 'ghost'"),
                mistake("a school without a CLB",
                        json -> at(json, "/schools/1").putNull("clbId"),
                        "schools[1].clbId", "school 'school-demo-2' has no CLB"),
                mistake("a school served by something that is not a CLB",
                        json -> at(json, "/schools/0").put("clbId", "vdab-demo"),
                        "schools[0].clbId", "must be served by a CLB listed in organisations, not 'vdab-demo'"),
                mistake("a school outside the agreement's municipalities",
                        json -> at(json, "/schools/2").put("municipalityId", "elsewhere"),
                        "schools[2].municipalityId", "must lie in a municipality listed in organisations"),
                mistake("a region municipality that is not a municipality",
                        json -> ((ArrayNode) json.at("/region/municipalityIds")).add("clb-demo"),
                        "region.municipalityIds[1]", "'clb-demo' is not a municipality (LOKAAL_BESTUUR)"),
                mistake("no regisseur",
                        json -> json.remove("regie"),
                        "regie.organisationId", "the agreement needs a regisseur"),
                mistake("a regisseur contact of another organisation",
                        json -> at(json, "/regie").put("contactId", "contact-clb"),
                        "regie.contactId", "'contact-clb' is not a contact of 'municipality-demo'"),
                mistake("a missing minimum duty of the regisseur",
                        json -> ((ArrayNode) json.at("/regie/minimumDuties")).remove(4),
                        "regie.minimumDuties", "the minimum duty EVALUATE_AND_ADJUST (Zorgt ervoor dat de uitvoering"),
                mistake("a missing phase agreement",
                        json -> ((ArrayNode) json.at("/phases")).remove(3),
                        "phases", "the phase agreement COMPENSATION is missing"),
                mistake("a phase agreement nobody commits to",
                        json -> at(json, "/phases/1").putArray("engagements"),
                        "phases[1].engagements", "say who commits to what in PREVENTION"),
                mistake("an indicator without a streefwaarde",
                        json -> at(json, "/indicators/0/target").putNull("value"),
                        "indicators[0].target.value", "needs a streefwaarde"),
                mistake("an indicator without a target date",
                        json -> at(json, "/indicators/1/target").putNull("targetDate"),
                        "indicators[1].target.targetDate", "needs the date by which the streefwaarde should be reached"),
                mistake("an indicator of an unknown objective",
                        json -> ((ArrayNode) json.at("/indicators/2/objectiveCodes")).add("DS9"),
                        "indicators[2].objectiveCodes[1]", "unknown objective 'DS9'"),
                mistake("a follow-up cadence that is not a period",
                        json -> at(json, "/followUp").put("meetingFrequency", "af en toe"),
                        "followUp.meetingFrequency", "give a cadence as an ISO-8601 period such as P3M"),
                mistake("no agreement id",
                        json -> json.putNull("agreementId"),
                        "agreementId", "is required"),
                mistake("an indicator the hub cannot compute",
                        json -> at(json, "/indicators/3").put("computation", "CRYSTAL_BALL"),
                        "indicators[3].computation", "the hub cannot compute 'CRYSTAL_BALL'"),
                mistake("two rules with the same id",
                        json -> at(json, "/rules/1").put("ruleId", "pattern-mondays-fridays-3"),
                        "rules[1].ruleId", "duplicate rule id 'pattern-mondays-fridays-3'"),
                mistake("no version number",
                        json -> json.put("version", 0),
                        "version", "must be 1 or higher"),
                mistake("no title",
                        json -> json.put("title", " "),
                        "title", "is required"),
                mistake("no effective date",
                        json -> json.putNull("effectiveFrom"),
                        "effectiveFrom", "is required: the day from which this version applies"),
                mistake("two organisations with the same id",
                        json -> at(json, "/organisations/3").put("id", "clb-demo"),
                        "organisations[3].id", "duplicate organisation id 'clb-demo'"),
                mistake("a contact without a role",
                        json -> at(json, "/contacts/0").put("role", ""),
                        "contacts[0].role", "a contact who plays a role (Rol) must say which"),
                mistake("a contributor of an unknown organisation",
                        json -> at(json, "/contributors/1").put("organisationId", "ghost"),
                        "contributors[1].organisationId", "unknown organisation 'ghost'"),
                mistake("a regisseur that is not an organisation of the agreement",
                        json -> at(json, "/regie").put("organisationId", "ghost").putNull("contactId"),
                        "regie.organisationId", "unknown organisation 'ghost'"),
                mistake("two objectives with the same code",
                        json -> at(json, "/objectives/1").put("code", "DS1"),
                        "objectives[1].code", "every objective needs its own code (e.g. DS1, DS1.1), not 'DS1'"),
                mistake("an action without a description",
                        json -> at(json, "/objectives/0/operational/0/actions/0").put("description", ""),
                        "objectives[0].operational[0].actions[0].description", "describe the action (Omschrijving ACTIE)"),
                mistake("two indicators with the same id",
                        json -> at(json, "/indicators/1").put("id", "ind-b30"),
                        "indicators[1].id", "every indicator needs its own id, not 'ind-b30'"),
                mistake("an indicator without a maatstaf",
                        json -> at(json, "/indicators/0").put("measure", ""),
                        "indicators[0].measure", "needs a maatstaf"),
                mistake("a phase agreement that does not say its phase",
                        json -> at(json, "/phases/0").putNull("phase"),
                        "phases[0].phase", "say which phase this is"),
                mistake("a phase agreement given twice",
                        json -> at(json, "/phases/1").put("phase", "MONITORING_IDENTIFICATION"),
                        "phases[1].phase", "the phase MONITORING_IDENTIFICATION appears twice"),
                mistake("no follow-up and evaluation",
                        json -> json.remove("followUp"),
                        "followUp", "say how the agreement is followed up and evaluated (Opvolging en evaluatie)"),
                mistake("a threshold below one",
                        json -> at(json, "/rules/2").put("threshold", 0),
                        "rules[2].threshold", "must be 1 or higher"),
                mistake("a deadline of no school days",
                        json -> at(json, "/rules/2").put("actWithinSchoolDays", 0),
                        "rules[2].actWithinSchoolDays", "must be 1 school day or more"),
                mistake("an escalation without a deadline",
                        json -> at(json, "/rules/2").putNull("actWithinSchoolDays"),
                        "rules[2].actWithinSchoolDays", "an escalation needs a deadline in school days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsNamedAtItsPlace(String mistake, Consumer<ObjectNode> change, String field, String message) {
        List<Violation> violations = validator.validate(DemoAgreement.changed(change), List.of());

        assertThat(violations).anySatisfy(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.message()).contains(message);
        });
    }

    @Test
    void aNewVersionMayNotStartBeforeOrWithAnEarlierOne() {
        AgreementVersion first = DemoAgreement.record();
        AgreementVersion sameDay = first.numbered(first.agreementId(), 2);

        assertThat(validator.validate(sameDay, List.of(first))).containsExactly(new Violation("effectiveFrom",
                "version 2 from 2025-09-01 overlaps version 1, which applies from 2025-09-01; a new version must take "
                        + "effect after every earlier one"));
        assertThat(validator.validate(sameDay.effective(LocalDate.of(2026, 9, 1)), List.of(first))).isEmpty();
    }

    @Test
    void aSchoolFollowsOneAgreementAtATime() {
        AgreementVersion demo = DemoAgreement.record();
        AgreementVersion other = demo.numbered("agreement-other", 1).effective(LocalDate.of(2026, 9, 1));

        assertThat(validator.validate(other, List.of(demo))).contains(new Violation("schools[0].id",
                "school 'school-demo-1' already follows agreement 'agreement-demo' (version 1 from 2025-09-01); "
                        + "a school follows one agreement at a time"));
    }

    @Test
    void aSchoolMayMoveToAnotherAgreementOnceItsOldOneNoLongerListsIt() {
        AgreementVersion demo = DemoAgreement.record();
        AgreementVersion withoutSchools = DemoAgreement.changed(json -> {
            json.put("version", 2).put("effectiveFrom", "2026-09-01");
            json.putArray("schools");
        });
        AgreementVersion other = demo.numbered("agreement-other", 1).effective(LocalDate.of(2026, 9, 1));

        assertThat(validator.validate(other, List.of(demo, withoutSchools))).isEmpty();
    }

    private static Arguments mistake(String name, Consumer<ObjectNode> change, String field, String message) {
        return Arguments.of(name, change, field, message);
    }
}
