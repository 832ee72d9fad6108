package org.aanboord.synthetic;

import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPhase;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.risk.v1.AttentionLevel;

/** The rules of the demo draaiboek, so a synthetic region alerts the way the demo region does. */
final class SyntheticRules {

    private static final Recipient SCHOOL = new Recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED);
    private static final Recipient CLB = new Recipient(RecipientParty.CLB, DataScope.IDENTIFIED);

    static final List<AlertRule> ALL = List.of(
            new AlertRule("pattern-mondays-fridays-3", "B-halve dagen op 3 verschillende maandagen of vrijdagen",
                    "PROBLEMATIC_MONDAYS_AND_FRIDAYS", 3, AttentionLevel.UNIVERSAL, false, List.of(SCHOOL), 5,
                    RecipientParty.CLB, null, AgreementPhase.MONITORING_IDENTIFICATION, RecipientParty.SCHOOL),
            new AlertRule("clb-notification-5b", "5 problematische halve dagen (B) in een schooljaar",
                    "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, AttentionLevel.TARGETED, true,
                    List.of(SCHOOL, CLB, new Recipient(RecipientParty.MUNICIPALITY, DataScope.PSEUDONYMISED)), 5,
                    RecipientParty.MUNICIPALITY, null, AgreementPhase.INTERVENTION, RecipientParty.CLB),
            new AlertRule("problematically-absent-30b", "30 problematische halve dagen (B) in een schooljaar",
                    "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 30, AttentionLevel.INTENSIVE, true,
                    List.of(SCHOOL, CLB, new Recipient(RecipientParty.MUNICIPALITY, DataScope.AGGREGATED)), 2,
                    RecipientParty.MUNICIPALITY, null, AgreementPhase.INTERVENTION, RecipientParty.CLB));

    private SyntheticRules() {
    }
}
