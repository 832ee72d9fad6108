package org.aanboord.agreements.domain;

import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPhase;

/**
 * One of the phase agreements (1.4.1 monitoring &amp; identificatie, 1.4.2 preventie, 1.4.3 interventie,
 * 1.4.4 compensatie): what is agreed in words, for which themes and levels, and who commits to what. The
 * machine-readable rules of a phase are the agreement's rules whose {@code phase} is this one.
 *
 * @param themes   e.g. SPIJBELEN, OUDERBETROKKENHEID for prevention; free codes per phase
 * @param approach e.g. UNIVERSAL or DIFFERENTIATED ("gedifferentieerde preventieve aanpak")
 */
public record PhaseAgreement(
        AgreementPhase phase,
        String description,
        List<String> themes,
        List<String> educationLevels,
        String approach,
        List<Engagement> engagements) {

    public PhaseAgreement {
        themes = Lists.copy(themes);
        educationLevels = Lists.copy(educationLevels);
        engagements = Lists.copy(engagements);
    }
}
