package org.aanboord.agreements.domain.validation;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.aanboord.agreements.domain.Engagement;
import org.aanboord.agreements.domain.FollowUp;
import org.aanboord.agreements.domain.PhaseAgreement;
import org.aanboord.contracts.agreements.v1.AgreementPhase;

/** All four phase agreements are there, once each, with engagements of known organisations; cadences parse. */
final class PhaseChecks {

    void checkPhases(List<PhaseAgreement> phases, Directory directory, Violations violations) {
        Set<AgreementPhase> present = EnumSet.noneOf(AgreementPhase.class);
        for (int i = 0; i < phases.size(); i++) {
            PhaseAgreement phase = phases.get(i);
            String at = "phases[" + i + "]";
            if (phase.phase() == null) {
                violations.add(at + ".phase", "say which phase this is");
                continue;
            }
            if (!present.add(phase.phase())) {
                violations.add(at + ".phase", "the phase " + phase.phase() + " appears twice");
            }
            if (phase.engagements().isEmpty()) {
                violations.add(at + ".engagements", "say who commits to what in " + phase.phase()
                        + " (Wie neemt welk engagement?)");
            }
            for (int j = 0; j < phase.engagements().size(); j++) {
                Engagement engagement = phase.engagements().get(j);
                if (!directory.knows(engagement.organisationId())) {
                    violations.add(at + ".engagements[" + j + "].organisationId", "unknown organisation '"
                            + engagement.organisationId() + "'");
                }
            }
        }
        for (AgreementPhase phase : AgreementPhase.values()) {
            if (!present.contains(phase)) {
                violations.add("phases", "the phase agreement " + phase + " is missing; the draaiboek has four");
            }
        }
    }

    void checkFollowUp(FollowUp followUp, Violations violations) {
        if (followUp == null) {
            violations.add("followUp", "say how the agreement is followed up and evaluated (Opvolging en evaluatie)");
            return;
        }
        period(followUp.meetingFrequency(), "followUp.meetingFrequency", violations);
        period(followUp.evaluationFrequency(), "followUp.evaluationFrequency", violations);
    }

    private static void period(String value, String at, Violations violations) {
        try {
            if (value == null || Period.parse(value).isZero() || Period.parse(value).isNegative()) {
                violations.add(at, "give a cadence as an ISO-8601 period such as P3M, not '" + value + "'");
            }
        } catch (DateTimeParseException e) {
            violations.add(at, "give a cadence as an ISO-8601 period such as P3M, not '" + value + "'");
        }
    }
}
