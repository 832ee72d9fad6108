package org.aanboord.contracts.agreements.v1;

import java.util.ArrayList;
import java.util.List;

import org.aanboord.contracts.risk.v1.AttentionLevel;

/**
 * The Flemish legal ladder for problematic absences (code B), applied when an agreement sets no rule of its own on
 * B half-days in the school year: from 1 the school contacts the parents, from 5 the CLB must be involved, from 30
 * the pupil counts as problematically absent. An agreement that has such a rule replaces the whole ladder.
 */
public final class LegalLadder {

    /** The measure the ladder counts: B half-days in the school year. */
    public static final String MEASURE = "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR";

    public static final List<AlertRule> RULES = List.of(
            new AlertRule("legal-ladder-1b", "1 problematic half-day: the school contacts the parents", MEASURE, 1,
                    AttentionLevel.UNIVERSAL, false, List.of(new Recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED)),
                    null),
            new AlertRule("legal-ladder-5b", "5 problematic half-days: the school must involve the CLB", MEASURE, 5,
                    AttentionLevel.TARGETED, true, List.of(new Recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                            new Recipient(RecipientParty.CLB, DataScope.IDENTIFIED)), null),
            new AlertRule("legal-ladder-30b", "30 problematic half-days: problematically absent", MEASURE, 30,
                    AttentionLevel.INTENSIVE, true, List.of(new Recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                            new Recipient(RecipientParty.CLB, DataScope.IDENTIFIED)), null));

    private LegalLadder() {
    }

    /** The agreement's rules, plus the legal ladder when none of them counts B half-days in the school year. */
    public static List<AlertRule> effectiveRules(AgreementPublished agreement) {
        if (agreement.rules().stream().anyMatch(rule -> MEASURE.equals(rule.measure()))) {
            return agreement.rules();
        }
        List<AlertRule> rules = new ArrayList<>(agreement.rules());
        rules.addAll(RULES);
        return List.copyOf(rules);
    }
}
