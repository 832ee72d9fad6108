package org.aanboord.ingestion.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aanboord.ingestion.domain.PupilLink;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.springframework.stereotype.Component;

/**
 * Steps 1 and 2 of a pseudonymisation key rotation (docs/security.md): while the previous key is held, a pupil who
 * already has history under the pseudonym of the previous key keeps that pseudonym, so counts, cases and alerts
 * continue; a pupil without such history gets the new key's pseudonym. History is what the service itself keeps: an
 * identity-vault entry (written for every accepted request before it is published) or half-days in the registration
 * ledger at the school. A request costs one bulk lookup in each, for all its pupils under both pseudonyms; without a
 * previous key it costs nothing.
 */
@Component
public class PseudonymContinuity {

    private final Pseudonymizer pseudonymizer;
    private final IdentityVault vault;
    private final RegistrationLedger ledger;

    PseudonymContinuity(Pseudonymizer pseudonymizer, IdentityVault vault, RegistrationLedger ledger) {
        this.pseudonymizer = pseudonymizer;
        this.vault = vault;
        this.ledger = ledger;
    }

    /**
     * The links with the pseudonym each pupil is published under: the previous key's when only that one has
     * history, else the current key's (a pupil already continued under the new pseudonym stays there).
     */
    public List<PupilLink> settle(List<PupilLink> links) {
        if (!pseudonymizer.rotating() || links.isEmpty()) {
            return links;
        }
        Map<PupilLink, String> previous = new LinkedHashMap<>();
        links.forEach(link -> previous.computeIfAbsent(link, l -> pseudonymizer.previousPseudonymOf(l).orElseThrow()));
        List<String> pseudonyms = new ArrayList<>();
        List<SchoolPupil> atSchools = new ArrayList<>();
        previous.forEach((link, old) -> {
            pseudonyms.add(link.pseudonym());
            pseudonyms.add(old);
            atSchools.add(new SchoolPupil(link.schoolId(), link.pseudonym()));
            atSchools.add(new SchoolPupil(link.schoolId(), old));
        });
        Set<String> inVault = vault.known(pseudonyms);
        Set<SchoolPupil> inLedger = ledger.known(atSchools);
        List<PupilLink> settled = new ArrayList<>(links.size());
        for (PupilLink link : links) {
            String old = previous.get(link);
            boolean currentHasHistory = inVault.contains(link.pseudonym())
                    || inLedger.contains(new SchoolPupil(link.schoolId(), link.pseudonym()));
            boolean previousHasHistory = inVault.contains(old) || inLedger.contains(new SchoolPupil(link.schoolId(), old));
            settled.add(previousHasHistory && !currentHasHistory ? link.withPseudonym(old) : link);
        }
        return settled;
    }
}
