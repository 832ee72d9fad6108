package org.aanboord.agreements.adapter.in.web;

import java.util.Comparator;

import org.aanboord.agreements.application.AgreementQueries;
import org.aanboord.agreements.application.Editor;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.platform.security.AccessRefusedException;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change an agreement: a hub admin any, the regisseur only the agreement of its own region, that is one
 * whose regie its organisation holds, both in the published versions and in what it submits (so it can neither
 * edit another region's agreement nor hand one over to itself). The role rule itself is in {@link AgreementAccess}.
 */
@Component
class EditorResolver {

    private final AgreementQueries queries;

    EditorResolver(AgreementQueries queries) {
        this.queries = queries;
    }

    /** @throws AccessRefusedException when the caller may not edit this agreement */
    Editor requireEditor(Caller caller, String agreementId, AgreementVersion submitted) {
        if (caller.role() == Role.REGISSEUR) {
            queries.all().stream()
                    .filter(version -> version.agreementId().equals(agreementId))
                    .max(Comparator.comparingInt(AgreementVersion::version))
                    .ifPresent(published -> requireRegie(caller, published));
            if (submitted != null) {
                requireRegie(caller, submitted);
            }
        } else if (caller.role() != Role.HUB_ADMIN) {
            throw new AccessRefusedException("only a hub admin or the regisseur may change agreements; role "
                    + caller.role() + " may only read them");
        }
        return new Editor(caller.who(), caller.role().name());
    }

    private static void requireRegie(Caller caller, AgreementVersion agreement) {
        String holder = agreement.regie() == null ? null : agreement.regie().organisationId();
        if (!caller.organisationId().equals(holder)) {
            throw new AccessRefusedException("the regisseur of " + caller.organisationId()
                    + " may only change the agreement whose regie it holds; '" + agreement.agreementId()
                    + "' is coordinated by " + (holder == null ? "nobody" : "'" + holder + "'"));
        }
    }
}
