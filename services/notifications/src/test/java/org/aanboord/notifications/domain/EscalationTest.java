package org.aanboord.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.notifications.Fixtures;
import org.junit.jupiter.api.Test;

class EscalationTest {

    /** Friday 20 November 2026, 10:00 in Brussels. */
    private static final Instant FRIDAY = Instant.parse("2026-11-20T09:00:00Z");

    private final Fixtures region = Fixtures.fresh();
    private final String pupil = Fixtures.pupil();

    @Test
    void theFirstRecipientMustAcknowledgeWithinTheAgreedSchoolDaysSkippingWeekendsAndHolidays() {
        List<Alert> alerts = new AlertRouting().route(agreement(), region.crossing(pupil, 5, Fixtures.B5), FRIDAY).alerts();

        Alert clb = alerts.get(0);
        assertThat(clb.recipient().party()).isEqualTo(RecipientParty.CLB);
        // Monday 23 November is a holiday in this calendar: Tuesday and Wednesday are the two school days.
        assertThat(clb.dueBy()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(alerts.get(1).dueBy()).as("the school is informed, not on the clock").isNull();
        assertThat(clb.overdueOn(LocalDate.parse("2026-11-25"))).isFalse();
        assertThat(clb.overdueOn(LocalDate.parse("2026-11-26"))).isTrue();
    }

    @Test
    void theEscalationGoesToTheNextPartyWithTheScopeTheRuleGivesIt() {
        Alert clb = new AlertRouting().route(agreement(), region.crossing(pupil, 5, Fixtures.B5), FRIDAY).alerts().get(0);

        List<Alert> escalations = new Escalation().escalate(clb, agreement(), FRIDAY.plusSeconds(6 * 86_400));

        assertThat(escalations).singleElement().satisfies(escalation -> {
            assertThat(escalation.recipient().organisationId()).isEqualTo(region.municipality());
            assertThat(escalation.recipient().dataScope()).isEqualTo(DataScope.PSEUDONYMISED);
            assertThat(escalation.escalationOf()).isEqualTo(clb.id());
            assertThat(escalation.schoolId()).isNull();
            assertThat(escalation.consolePath()).isNull();
            assertThat(escalation.dueBy()).as("an escalation does not escalate again").isNull();
            assertThat(escalation.recipient().contacts()).extracting(ContactPerson::fullName)
                    .containsExactly("Els Janssens");
        });
        assertThat(new Escalation().escalate(clb, agreement(), FRIDAY)).extracting(Alert::id)
                .as("the same overdue alert escalates to the same id").containsExactly(escalations.get(0).id());
    }

    private AgreementPublished agreement() {
        AgreementPublished base = region.agreement(List.of(new AlertRule(Fixtures.B5, "CLB acts within 2 school days",
                Fixtures.MEASURE, 5, AttentionLevel.TARGETED, true,
                List.of(Fixtures.recipient(RecipientParty.CLB, DataScope.IDENTIFIED),
                        Fixtures.recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED)),
                2, RecipientParty.MUNICIPALITY)));
        SchoolCalendar calendar = new SchoolCalendar("2026-2027", LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-06-30"),
                List.of(new Holiday("Studiedag", LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"))));
        return new AgreementPublished(base.agreementId(), base.version(), base.title(), base.regionId(),
                base.effectiveFrom(), base.publishedAt(), base.organisations(), base.schools(), base.contacts(),
                base.rules(), List.of(calendar));
    }
}
