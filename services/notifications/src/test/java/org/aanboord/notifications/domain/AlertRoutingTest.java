package org.aanboord.notifications.domain;

import static org.aanboord.notifications.Fixtures.B10;
import static org.aanboord.notifications.Fixtures.B5;
import static org.aanboord.notifications.Fixtures.recipient;
import static org.aanboord.notifications.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.notifications.Fixtures;
import org.aanboord.notifications.domain.AlertRouting.Routing;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.junit.jupiter.api.Test;

class AlertRoutingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T13:01:04Z");

    private final AlertRouting routing = new AlertRouting();
    private final Fixtures region = Fixtures.fresh();
    private final String pupil = Fixtures.pupil();

    @Test
    void everyRecipientOfTheRuleIsResolvedFromThePupilsSchoolWithItsContactPerson() {
        Routing plan = routing.route(region.agreement(), region.crossing(pupil, 5, B5), NOW);

        assertThat(plan.alerts()).extracting(alert -> alert.recipient().organisationId())
                .containsExactly(region.school(), region.clb(), region.municipality());
        Alert clb = plan.alerts().get(1);
        assertThat(clb.recipient().organisationName()).isEqualTo("CLB " + region.suffix());
        assertThat(clb.recipient().contacts()).extracting(ContactPerson::fullName).containsExactly("An Peeters");
        assertThat(plan.unresolved()).isEmpty();
    }

    @Test
    void identifiedRecipientsGetTheSchoolAndAConsoleLinkPseudonymisedOnesOnlyThePseudonym() {
        Routing plan = routing.route(region.agreement(), region.crossing(pupil, 5, B5), NOW);

        Alert school = plan.alerts().get(0);
        assertThat(school.schoolId()).isEqualTo(region.school());
        assertThat(school.consolePath()).isEqualTo("/console/pupils/" + pupil);
        Alert municipality = plan.alerts().get(2);
        assertThat(municipality.recipient().dataScope()).isEqualTo(DataScope.PSEUDONYMISED);
        assertThat(municipality.pupilPseudonym()).isEqualTo(pupil);
        assertThat(municipality.schoolId()).isNull();
        assertThat(municipality.consolePath()).isNull();
        assertThat(municipality.explanation()).isEqualTo("B half-days this school year: 5 ≥ 5");
    }

    @Test
    void titlesInDutchAndEnglishComeFromTheMeasureAndTheNumbers() {
        Alert alert = routing.route(region.agreement(), region.crossing(pupil, 6, B5), NOW).alerts().get(0);

        assertThat(alert.titleNl()).isEqualTo("Drempel bereikt: 6 problematische halve dagen");
        assertThat(alert.titleEn()).isEqualTo("Threshold reached: 6 problematic half-days");
    }

    @Test
    void aRuleOnAnUnlistedMeasureIsTitledFromItsOwnDescription() {
        AlertRule novel = new AlertRule(B5, "Z-codes na ziekte", "SICK_HALF_DAYS", 5,
                AttentionLevel.TARGETED, false,
                List.of(recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED)), null);

        Alert alert = routing.route(region.agreement(List.of(novel)), region.crossing(pupil, 7, B5), NOW).alerts().get(0);

        assertThat(alert.titleNl()).isEqualTo("Drempel bereikt: Z-codes na ziekte (7 ≥ 5)");
        assertThat(alert.titleEn()).isEqualTo("Threshold reached: Z-codes na ziekte (7 ≥ 5)");
    }

    @Test
    void vdabIsTheAgreementsVdabOrganisation() {
        AgreementPublished agreement = region.agreement(List.of(
                rule(B5, 5, recipient(RecipientParty.VDAB, DataScope.IDENTIFIED))));

        Alert alert = routing.route(agreement, region.crossing(pupil, 5, B5), NOW).alerts().get(0);

        assertThat(alert.recipient().organisationId()).isEqualTo(region.vdab());
        assertThat(alert.recipient().contacts()).extracting(ContactPerson::fullName).containsExactly("Tom Claes");
    }

    @Test
    void aRecipientTheAgreementCannotResolveIsReportedWithoutHoldingBackTheOthers() {
        AgreementPublished full = region.agreement(List.of(rule(B5, 5,
                recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                recipient(RecipientParty.VDAB, DataScope.IDENTIFIED))));
        AgreementPublished withoutVdab = new AgreementPublished(full.agreementId(), full.version(), full.title(),
                full.regionId(), full.effectiveFrom(), full.publishedAt(),
                full.organisations().stream().filter(organisation -> !organisation.id().equals(region.vdab())).toList(),
                full.schools(), full.contacts(), full.rules(), full.calendars());

        Routing plan = routing.route(withoutVdab, region.crossing(pupil, 5, B5), NOW);

        assertThat(plan.alerts()).extracting(alert -> alert.recipient().organisationId()).containsExactly(region.school());
        assertThat(plan.unresolved()).singleElement().asString().contains("VDAB");
    }

    @Test
    void theAlertIdIsTheSameForTheSameCrossingAndNewForTheNextCrossingOfTheRule() {
        RiskAssessmentChanged crossing = region.crossing(pupil, 5, B5);
        Alert first = routing.route(region.agreement(), crossing, NOW).alerts().get(0);
        Alert replayed = routing.route(region.agreement(), crossing, NOW.plusSeconds(60)).alerts().get(0);
        Alert otherRule = routing.route(region.agreement(), region.crossing(pupil, 10, B10), NOW).alerts().get(0);
        Alert afterClearing = routing.route(region.agreement(), region.crossing(pupil, 5, B5), NOW).alerts().get(0);

        assertThat(replayed.id()).isEqualTo(first.id());
        assertThat(otherRule.id()).isNotEqualTo(first.id());
        assertThat(afterClearing.id()).as("a new crossing re-arms the rule").isNotEqualTo(first.id());
    }

    @Test
    void clearedRulesAndRulesThatAlreadyHeldNeverAlert() {
        assertThat(routing.route(region.agreement(), region.clearing(pupil, 7, B5, B10), NOW).alerts()).isEmpty();
    }

    @Test
    void aRuleTheAgreementVersionDoesNotHaveCannotBeRouted() {
        assertThatThrownBy(() -> routing.route(region.agreement(List.of()), region.crossing(pupil, 5, B5), NOW))
                .isInstanceOf(UnroutableAssessmentException.class)
                .hasMessageContaining(B5);
    }
}
