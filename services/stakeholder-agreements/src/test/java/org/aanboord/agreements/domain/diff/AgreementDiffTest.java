package org.aanboord.agreements.domain.diff;

import static org.aanboord.agreements.DemoAgreement.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aanboord.agreements.DemoAgreement;
import org.aanboord.agreements.domain.AgreementVersion;
import org.junit.jupiter.api.Test;

class AgreementDiffTest {

    private final AgreementDiff diff = new AgreementDiff();

    @Test
    void aChangedThresholdAndANewActionReadAsSuch() {
        AgreementVersion before = DemoAgreement.record();
        AgreementVersion after = DemoAgreement.changed(json -> {
            json.put("version", 2).put("effectiveFrom", "2026-11-16");
            at(json, "/rules/2").put("threshold", 3);
            at(json, "/objectives/0/operational/1/actions/0").put("status", "DONE");
        });

        List<String> changes = diff.between(before, after).stream().map(Change::describe).toList();

        assertThat(changes).containsExactly(
                "effectiveFrom: 2025-09-01 → 2026-11-16",
                "rules[clb-notification-5b].threshold: 5 → 3",
                "objectives[DS1].operational[DS1.2].actions[ACTIE 1].status: PLANNED → DONE");
    }

    @Test
    void removedAndAddedItemsAreNamedByTheirId() {
        AgreementVersion before = DemoAgreement.record();
        AgreementVersion after = DemoAgreement.changed(json -> ((tools.jackson.databind.node.ArrayNode)
                json.at("/contributors")).remove(1));

        assertThat(diff.between(before, after)).extracting(Change::describe)
                .contains("contributors[1].fullName: removed (was Lotte Vermeulen)")
                .allSatisfy(line -> assertThat(line).startsWith("contributors[1]."));
        assertThat(diff.between(after, before)).extracting(Change::describe)
                .contains("contributors[1].fullName: added Lotte Vermeulen");
    }

    @Test
    void identicalVersionsHaveNoDifference() {
        assertThat(diff.between(DemoAgreement.record(), DemoAgreement.record())).isEmpty();
    }
}
