package org.aanboord.cases.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A referral or transfer to an external partner (NAFT, youth care, OCMW, ...) with the partner's status feedback.
 *
 * @param reason the minimum necessary
 */
public record Referral(String referralId, ReferralKind kind, String toOrganisationId, String service, String reason,
        Instant sentAt, ReferralStatus status, List<ReferralFeedback> feedback) {

    public Referral {
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    Referral withFeedback(ReferralFeedback update) {
        List<ReferralFeedback> all = new ArrayList<>(feedback);
        all.add(update);
        return new Referral(referralId, kind, toOrganisationId, service, reason, sentAt, update.status(), all);
    }
}
