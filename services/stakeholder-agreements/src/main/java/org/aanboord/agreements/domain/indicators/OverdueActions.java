package org.aanboord.agreements.domain.indicators;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.agreements.domain.ActionStatus;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.PlanAction;

/** The agreement's actions that are past due on a day. */
public final class OverdueActions {

    private OverdueActions() {
    }

    public static List<PlanAction> on(AgreementVersion agreement, LocalDate day) {
        return agreement.objectives().stream()
                .flatMap(strategic -> strategic.operational().stream())
                .flatMap(operational -> operational.actions().stream())
                .filter(action -> action.dueDate() != null && action.dueDate().isBefore(day))
                .filter(action -> action.status() != ActionStatus.DONE && action.status() != ActionStatus.CANCELLED)
                .toList();
    }
}
