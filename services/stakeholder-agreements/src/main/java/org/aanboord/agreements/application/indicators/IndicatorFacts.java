package org.aanboord.agreements.application.indicators;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.aanboord.contracts.cases.v1.CaseStatus;

/**
 * What the indicators count, kept from the platform's events: per pupil and school year whether they reached
 * 30 B half-days, and per case whether it is open. Keyed upserts, so replayed events change nothing.
 */
public interface IndicatorFacts {

    /** Keeps the newest assessment of the pupil's school year; older ones arriving late are ignored. */
    void pupilAssessed(String agreementId, String pupilPseudonym, String schoolYear, boolean atLeast30B,
            Instant assessedAt);

    void caseOpened(String caseId, String agreementId, String schoolId);

    /** @return the agreement of the case, when its opening was seen */
    Optional<String> caseStatusChanged(String caseId, CaseStatus status);

    /** The same alert delivered on several channels is one alert. */
    void alertDelivered(String alertId, String agreementId, String recipientOrganisationId);

    /** @return the agreement of the alert, when its delivery was seen */
    Optional<String> alertAcknowledged(String alertId);

    /** @return the agreement of the alert, when its delivery was seen */
    Optional<String> alertEscalated(String alertId);

    /** Alerts to these recipients that were acknowledged or escalated. */
    long alertsSettled(String agreementId, Collection<String> recipientOrganisationIds);

    /** Alerts to these recipients acknowledged without having been escalated first. */
    long alertsAcknowledgedInTime(String agreementId, Collection<String> recipientOrganisationIds);

    long pupilsWithAtLeast30B(String agreementId, String schoolYear);

    long openCases(String agreementId);
}
