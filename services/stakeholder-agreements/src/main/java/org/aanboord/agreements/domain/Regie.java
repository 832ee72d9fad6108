package org.aanboord.agreements.domain;

import java.util.List;

/**
 * The regiefunctie: who coordinates (an organisation and its contact person), how, the five minimum duties,
 * further duties, what the other stakeholders may expect and, if wanted, how the role is filled in.
 */
public record Regie(
        String organisationId,
        String contactId,
        String howFilledIn,
        List<RegieDuty> minimumDuties,
        List<String> additionalDuties,
        List<String> expectations,
        String customRoleDescription) {

    public Regie {
        minimumDuties = Lists.copy(minimumDuties);
        additionalDuties = Lists.copy(additionalDuties);
        expectations = Lists.copy(expectations);
    }
}
