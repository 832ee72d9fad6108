package org.aanboord.agreements.domain;

/** "Wie neemt welk engagement": what one organisation commits to within a phase agreement. */
public record Engagement(String organisationId, String commitment) {
}
