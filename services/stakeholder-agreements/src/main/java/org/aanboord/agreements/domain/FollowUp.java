package org.aanboord.agreements.domain;

/**
 * Opvolging en evaluatie (draaiboek 1.5): how realisation is followed up, how often the stakeholders meet and
 * evaluate (ISO-8601 periods such as P3M), and how the agreement relates to other plans.
 */
public record FollowUp(
        String method,
        String meetingFrequency,
        String evaluationFrequency,
        String relationToClbSchoolPlans,
        String relationToFlankerendBeleid,
        String relationToLopAndPartnerPlans) {
}
