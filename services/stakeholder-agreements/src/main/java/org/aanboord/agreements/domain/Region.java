package org.aanboord.agreements.domain;

import java.util.List;

/**
 * The region the agreement covers and the municipalities in it (each a LOKAAL_BESTUUR organisation).
 *
 * @param educationLevels e.g. BASIS, SECUNDAIR (draaiboek 1.4.2: "basisonderwijs en/of secundair onderwijs")
 */
public record Region(String name, List<String> municipalityIds, List<String> educationLevels) {

    public Region {
        municipalityIds = Lists.copy(municipalityIds);
        educationLevels = Lists.copy(educationLevels);
    }
}
