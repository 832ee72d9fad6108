package org.aanboord.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.School;

/**
 * Builds the alerts for the party the agreement names next when nobody acknowledged an alert by its deadline.
 * The escalation party sees what the rule grants it; a party the rule does not list sees the pseudonym only.
 */
public final class Escalation {

    /**
     * One escalation alert per organisation of the rule's {@code escalateTo} party for the pupil's school; empty when
     * the overdue alert carries no school (its recipient did not see identified data) or the agreement does not
     * resolve the party.
     */
    public List<Alert> escalate(Alert overdue, AgreementPublished agreement, Instant now) {
        RecipientParty party = overdue.rule().escalateTo();
        if (party == null || overdue.schoolId() == null) {
            return List.of();
        }
        School school = agreement.schools().stream()
                .filter(candidate -> candidate.id().equals(overdue.schoolId()))
                .findFirst()
                .orElse(null);
        if (school == null) {
            return List.of();
        }
        DataScope scope = agreement.rules().stream()
                .filter(rule -> rule.ruleId().equals(overdue.rule().ruleId()))
                .flatMap(rule -> rule.recipients().stream())
                .filter(recipient -> recipient.party() == party)
                .map(Recipient::dataScope)
                .findFirst()
                .orElse(DataScope.PSEUDONYMISED);
        boolean identified = scope == DataScope.IDENTIFIED;
        return AlertRouting.organisationsFor(party, school, agreement).stream()
                .map(organisationId -> new Alert(
                        escalationId(overdue.id(), organisationId),
                        new AlertRecipient(organisationId, AlertRouting.organisationName(organisationId, school, agreement),
                                party, scope, AlertRouting.contacts(organisationId, party, agreement)),
                        overdue.pupilPseudonym(),
                        identified ? overdue.schoolId() : null,
                        identified ? AlertRouting.CONSOLE_PUPIL_PATH + overdue.pupilPseudonym() : null,
                        "Escalatie: niet bevestigd tegen " + overdue.dueBy() + " – " + overdue.titleNl(),
                        "Escalation: not acknowledged by " + overdue.dueBy() + " – " + overdue.titleEn(),
                        overdue.recipient().organisationName() + " (" + overdue.recipient().party()
                                + ") did not acknowledge within " + overdue.rule().actWithinSchoolDays()
                                + " school days. " + overdue.explanation(),
                        overdue.rule(),
                        now,
                        null,
                        null,
                        null,
                        overdue.id(),
                        null))
                .toList();
    }

    private static String escalationId(String overdueId, String organisationId) {
        return UUID.nameUUIDFromBytes(("escalation|" + overdueId + "|" + organisationId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
