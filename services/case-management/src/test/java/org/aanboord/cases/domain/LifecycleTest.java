package org.aanboord.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.aanboord.contracts.cases.v1.CaseStatus.AFTERCARE;
import static org.aanboord.contracts.cases.v1.CaseStatus.CLB_GUIDANCE;
import static org.aanboord.contracts.cases.v1.CaseStatus.CLOSED;
import static org.aanboord.contracts.cases.v1.CaseStatus.ESCALATED;
import static org.aanboord.contracts.cases.v1.CaseStatus.HANDOVER;
import static org.aanboord.contracts.cases.v1.CaseStatus.MULTIDISCIPLINARY;
import static org.aanboord.contracts.cases.v1.CaseStatus.ON_HOLD;
import static org.aanboord.contracts.cases.v1.CaseStatus.SCHOOL_SUPPORT;
import static org.aanboord.contracts.cases.v1.CaseStatus.SIGNALLED;
import static org.aanboord.contracts.cases.v1.CaseStatus.TRIAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.aanboord.contracts.cases.v1.CaseOutcome;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseStatusChanged;
import org.aanboord.platform.calendar.SchoolDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {

    private static final Actor CLB = new Actor(Role.CLB, "clb-1");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private static final SchoolDays WEEKDAYS = new SchoolDays(List.of());

    /** The legal moves of domain §5.4, written out independently of the table in {@link Lifecycle}. */
    private static final Set<String> LEGAL = Set.of(
            "SIGNALLED>TRIAGE", "TRIAGE>CLOSED", "TRIAGE>SCHOOL_SUPPORT", "TRIAGE>CLB_GUIDANCE",
            "SCHOOL_SUPPORT>CLB_GUIDANCE", "SCHOOL_SUPPORT>MULTIDISCIPLINARY", "SCHOOL_SUPPORT>AFTERCARE",
            "SCHOOL_SUPPORT>HANDOVER", "CLB_GUIDANCE>MULTIDISCIPLINARY", "CLB_GUIDANCE>ESCALATED",
            "CLB_GUIDANCE>AFTERCARE", "CLB_GUIDANCE>HANDOVER", "MULTIDISCIPLINARY>ESCALATED",
            "MULTIDISCIPLINARY>AFTERCARE", "MULTIDISCIPLINARY>HANDOVER", "ESCALATED>MULTIDISCIPLINARY",
            "ESCALATED>HANDOVER", "AFTERCARE>SCHOOL_SUPPORT", "AFTERCARE>CLOSED", "HANDOVER>CLOSED",
            // Every active state may pause; a paused case (held from CLB_GUIDANCE in these tests) only resumes.
            "SIGNALLED>ON_HOLD", "TRIAGE>ON_HOLD", "SCHOOL_SUPPORT>ON_HOLD", "CLB_GUIDANCE>ON_HOLD",
            "MULTIDISCIPLINARY>ON_HOLD", "ESCALATED>ON_HOLD", "HANDOVER>ON_HOLD", "AFTERCARE>ON_HOLD",
            "ON_HOLD>CLB_GUIDANCE");

    static Stream<Arguments> illegalTransitions() {
        return Stream.of(CaseStatus.values()).flatMap(from -> Stream.of(CaseStatus.values())
                .filter(to -> !LEGAL.contains(from + ">" + to))
                .map(to -> Arguments.of(from, to)));
    }

    static Stream<Arguments> legalTransitions() {
        return LEGAL.stream().map(move -> move.split(">"))
                .map(move -> Arguments.of(CaseStatus.valueOf(move[0]), CaseStatus.valueOf(move[1])));
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("illegalTransitions")
    void everyIllegalTransitionIsRefusedNamingTheAllowedNextStates(CaseStatus from, CaseStatus to) {
        CaseFile file = Cases.in(from);

        assertThatThrownBy(() -> file.transition(to, fullRequest(), CLB, NOW, MONDAY, WEEKDAYS))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(from);
                    assertThat(refused.allowed()).isEqualTo(allowedFrom(from));
                });
        assertThat(file.status()).isEqualTo(from);
        assertThat(file.hasChanges()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1} is allowed")
    @MethodSource("legalTransitions")
    void everyLegalTransitionIsTakenAndPublished(CaseStatus from, CaseStatus to) {
        CaseFile file = Cases.in(from);
        if (from == HANDOVER) {
            file.recordTransition(new TransitionRecord("school-2", "clb-2", "moved", MONDAY, null, null, null), CLB, NOW);
            file.acknowledgeTransition("school-2", CLB, NOW);
        }

        file.transition(to, fullRequest(), CLB, NOW, MONDAY, WEEKDAYS);

        assertThat(file.status()).isEqualTo(to);
        assertThat(file.pendingEvents()).last().isEqualTo(new CaseStatusChanged("c-1", "pupil-1", from, to,
                "because", to == CLOSED ? CaseOutcome.RE_ENGAGED : null, "school-1", "clb-1", NOW));
    }

    @Test
    void theFullLifecycleFromSignalToWarmHandoverWithARelapseOnTheWay() {
        CaseFile file = Cases.in(SIGNALLED);
        List<CaseStatus> route = List.of(TRIAGE, SCHOOL_SUPPORT, CLB_GUIDANCE, MULTIDISCIPLINARY, ESCALATED,
                MULTIDISCIPLINARY, AFTERCARE, SCHOOL_SUPPORT, HANDOVER);

        file.transition(TRIAGE, new TransitionRequest("intake", "zorgco-1", null, null), CLB, NOW, MONDAY, WEEKDAYS);
        for (CaseStatus next : route.subList(1, route.size())) {
            file.transition(next, new TransitionRequest("next step", null, null, null), CLB, NOW, MONDAY, WEEKDAYS);
        }
        assertThatThrownBy(() -> file.transition(CLOSED, new TransitionRequest(null, null, null,
                CaseOutcome.TRANSFERRED_SCHOOL_WARM), CLB, NOW, MONDAY, WEEKDAYS))
                .isInstanceOfSatisfying(CaseRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("transitionRecord"));
        file.recordTransition(new TransitionRecord("school-2", "clb-2", "moved", MONDAY, "mentor helped", null, null),
                CLB, NOW);
        file.acknowledgeTransition("school-2", new Actor(Role.SCHOOL, "school-2"), NOW);
        file.transition(CLOSED, new TransitionRequest("arrived well", null, null, CaseOutcome.TRANSFERRED_SCHOOL_WARM),
                CLB, NOW, MONDAY, WEEKDAYS);

        assertThat(file.status()).isEqualTo(CLOSED);
        assertThat(file.ownerId()).isEqualTo("zorgco-1");
        assertThat(file.closure().outcome()).isEqualTo(CaseOutcome.TRANSFERRED_SCHOOL_WARM);
        assertThat(file.actions()).allSatisfy(action -> assertThat(action.status()).isEqualTo(ActionStatus.CANCELLED));
        assertThat(file.allowedNext()).isEmpty();
        assertThat(file.pendingEvents()).hasSize(route.size() + 1)
                .allSatisfy(event -> assertThat(event).isInstanceOf(CaseStatusChanged.class));
        assertThat(file.pendingHistory()).extracting(AuditEntry::what).contains("status SIGNALLED → TRIAGE",
                "status AFTERCARE → SCHOOL_SUPPORT", "transition record acknowledged by school-2",
                "status HANDOVER → CLOSED with outcome TRANSFERRED_SCHOOL_WARM");
    }

    @Test
    void guardsNameWhatIsMissing() {
        assertThat(violation(Cases.in(SIGNALLED), TRIAGE, new TransitionRequest(null, null, null, null)))
                .isEqualTo("ownerId");
        assertThat(violation(Cases.in(TRIAGE), CLOSED, new TransitionRequest("false positive", null, null, null)))
                .isEqualTo("outcome");
        assertThat(violation(Cases.in(TRIAGE), ON_HOLD, new TransitionRequest(null, null, MONDAY.plusDays(7), null)))
                .isEqualTo("reason");
        assertThat(violation(Cases.in(TRIAGE), ON_HOLD, new TransitionRequest("ill", null, MONDAY, null)))
                .isEqualTo("onHoldUntil");
    }

    @Test
    void aHoldShiftsOpenDeadlinesByTheSchoolDaysItLasted() {
        CaseFile file = Cases.in(CLB_GUIDANCE);
        file.transition(ON_HOLD, new TransitionRequest("long illness", null, LocalDate.parse("2026-12-04"), null),
                CLB, NOW, MONDAY, WEEKDAYS);
        assertThat(file.allowedNext()).containsExactly(CLB_GUIDANCE);

        LocalDate nextMonday = LocalDate.parse("2026-11-30");
        file.transition(CLB_GUIDANCE, new TransitionRequest("back at school", null, null, null), CLB,
                NOW.plusSeconds(7 * 86400), nextMonday, WEEKDAYS);

        // On hold Monday 23 to Monday 30: five school days, so due Friday 27 becomes Friday 4 December.
        assertThat(file.actions()).extracting(CaseAction::dueDate).containsExactly(LocalDate.parse("2026-12-04"));
        assertThat(file.hold()).isNull();
        assertThat(file.status()).isEqualTo(CLB_GUIDANCE);
    }

    @Test
    void aHoldPastItsUntilDateEndsByItself() {
        CaseFile file = Cases.in(ON_HOLD);

        assertThat(file.resumeIfHoldEnded(LocalDate.parse("2026-12-04"), WEEKDAYS, NOW)).isFalse();
        assertThat(file.resumeIfHoldEnded(LocalDate.parse("2026-12-07"), WEEKDAYS, NOW)).isTrue();
        assertThat(file.status()).isEqualTo(CLB_GUIDANCE);
    }

    private static String violation(CaseFile file, CaseStatus to, TransitionRequest request) {
        try {
            file.transition(to, request, CLB, NOW, MONDAY, WEEKDAYS);
            throw new AssertionError("expected a refusal");
        } catch (CaseRuleViolation refused) {
            return refused.field();
        }
    }

    private static TransitionRequest fullRequest() {
        return new TransitionRequest("because", "owner-1", MONDAY.plusDays(14), CaseOutcome.RE_ENGAGED);
    }

    private static Set<CaseStatus> allowedFrom(CaseStatus from) {
        Set<CaseStatus> allowed = EnumSet.noneOf(CaseStatus.class);
        LEGAL.stream().map(move -> move.split(">")).filter(move -> move[0].equals(from.name()))
                .forEach(move -> allowed.add(CaseStatus.valueOf(move[1])));
        return allowed;
    }
}
