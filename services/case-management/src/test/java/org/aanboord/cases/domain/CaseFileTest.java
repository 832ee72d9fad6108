package org.aanboord.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.cases.v1.CaseActionDue;
import org.aanboord.contracts.cases.v1.CaseDeadlineMissed;
import org.aanboord.contracts.cases.v1.CaseNoteAdded;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.NoteConfidentiality;
import org.aanboord.platform.calendar.SchoolDays;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final SchoolDays WEEKDAYS = new SchoolDays(List.of());
    private static final Actor CLB = new Actor(Role.CLB, "clb-1");

    @Test
    void aDeadlineIsReportedDueOnceAndMissedOnce() {
        CaseFile file = Cases.in(CaseStatus.CLB_GUIDANCE);

        assertThat(file.reportDeadlines(LocalDate.parse("2026-11-25"), WEEKDAYS, 1, NOW)).as("two days ahead").isFalse();
        assertThat(file.reportDeadlines(LocalDate.parse("2026-11-26"), WEEKDAYS, 1, NOW)).isTrue();
        assertThat(file.reportDeadlines(LocalDate.parse("2026-11-27"), WEEKDAYS, 1, NOW)).as("already reported").isFalse();
        assertThat(file.reportDeadlines(LocalDate.parse("2026-11-30"), WEEKDAYS, 1, NOW)).isTrue();
        assertThat(file.reportDeadlines(LocalDate.parse("2026-12-01"), WEEKDAYS, 1, NOW)).isFalse();

        assertThat(file.pendingEvents()).hasSize(2);
        assertThat(file.pendingEvents().get(0)).isInstanceOfSatisfying(CaseActionDue.class,
                due -> assertThat(due.dueDate()).isEqualTo(Cases.FIRST_DUE));
        assertThat(file.pendingEvents().get(1)).isInstanceOfSatisfying(CaseDeadlineMissed.class, missed -> {
            assertThat(missed.actionId()).isEqualTo("a1");
            assertThat(missed.catalogueCode()).isEqualTo("A40");
            assertThat(missed.responsible()).isEqualTo("clb-1");
        });
    }

    @Test
    void aDoneActionOrAPausedCaseReportsNothing() {
        CaseFile done = Cases.in(CaseStatus.CLB_GUIDANCE);
        done.completeAction("a1", "parents reached", CLB, NOW);
        CaseFile paused = Cases.in(CaseStatus.ON_HOLD);

        assertThat(done.reportDeadlines(LocalDate.parse("2026-12-01"), WEEKDAYS, 1, NOW)).isFalse();
        assertThat(paused.reportDeadlines(LocalDate.parse("2026-12-01"), WEEKDAYS, 1, NOW)).isFalse();
        assertThat(done.nextDueDate()).isEmpty();
    }

    @Test
    void aClbRestrictedNoteIsReadOnlyByTheClbOfTheCaseAndItsTextStaysOutOfHistoryAndEvents() {
        CaseFile file = Cases.in(CaseStatus.CLB_GUIDANCE);
        file.addNote("Thuissituatie: zie CLB-dossier", NoteConfidentiality.CLB_RESTRICTED, CLB, NOW);
        file.addNote("Ouders bereikt", NoteConfidentiality.SCHOOL_AND_CLB, CLB, NOW);
        file.addNote("Gesprek gepland", NoteConfidentiality.CASE_TEAM, new Actor(Role.SCHOOL, "school-1"), NOW);

        assertThat(file.notesVisibleTo(CLB)).hasSize(3);
        assertThat(file.notesVisibleTo(new Actor(Role.CLB, "clb-other"))).extracting(Note::text)
                .containsExactly("Ouders bereikt", "Gesprek gepland");
        assertThat(file.notesVisibleTo(new Actor(Role.SCHOOL, "school-1"))).extracting(Note::text)
                .containsExactly("Ouders bereikt", "Gesprek gepland");
        assertThat(file.notesVisibleTo(new Actor(Role.MUNICIPALITY, "municipality-1"))).extracting(Note::text)
                .containsExactly("Gesprek gepland");
        assertThat(file.notesVisibleTo(new Actor(Role.UNKNOWN, null))).extracting(Note::text)
                .containsExactly("Gesprek gepland");
        assertThat(file.pendingHistory()).extracting(AuditEntry::what).noneMatch(what -> what.contains("Thuis"));
        assertThat(file.pendingEvents()).hasSize(3).allSatisfy(event -> assertThat(event).isInstanceOf(CaseNoteAdded.class));
    }

    @Test
    void anAcceptedTransferHandsTheCaseToThePartnerWhileAReferralKeepsIt() {
        CaseFile file = Cases.in(CaseStatus.MULTIDISCIPLINARY);
        file.refer(ReferralKind.REFERRAL, "naft-1", "NAFT", "time-out", CLB, NOW);
        file.referralFeedback("r1", ReferralStatus.ACCEPTED, "start 1/12", new Actor(Role.PARTNER, "naft-1"), NOW);
        assertThat(file.ownerId()).isEqualTo("owner-1");

        file.refer(ReferralKind.TRANSFER, "jeugdhulp-1", "jeugdhulp", "intensive support", CLB, NOW);
        file.referralFeedback("r2", ReferralStatus.ACCEPTED, null, new Actor(Role.PARTNER, "jeugdhulp-1"), NOW);

        assertThat(file.ownerId()).isEqualTo("jeugdhulp-1");
        assertThat(file.referrals()).extracting(Referral::status).containsExactly(ReferralStatus.ACCEPTED,
                ReferralStatus.ACCEPTED);
        assertThat(file.team()).contains(new TeamMember(TeamRole.EXTERNAL_PARTNER, "jeugdhulp-1"),
                new TeamMember(TeamRole.CASE_OWNER, "jeugdhulp-1"));
    }
}
