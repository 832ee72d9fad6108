package org.aanboord.agreements.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.diff.AgreementDiff;
import org.aanboord.agreements.domain.diff.Change;
import org.springframework.stereotype.Service;

/** Read side for the console and for partners: versions, history, differences and the audit trail. */
@Service
public class AgreementQueries {

    private final AgreementStore store;
    private final AuditLog audit;
    private final AgreementDiff diff = new AgreementDiff();

    AgreementQueries(AgreementStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<AgreementVersion> all() {
        return store.findAll().stream().map(PublishedVersion::agreement).toList();
    }

    public Optional<AgreementVersion> version(String agreementId, int version) {
        return store.find(agreementId, version).map(PublishedVersion::agreement);
    }

    /** Every published version of the agreement, oldest first, with the period in which it applies. */
    public List<VersionSummary> history(String agreementId) {
        List<PublishedVersion> versions = store.findAll().stream()
                .filter(version -> version.agreement().agreementId().equals(agreementId))
                .sorted(Comparator.comparing((PublishedVersion version) -> version.agreement().effectiveFrom())
                        .thenComparing(version -> version.agreement().version()))
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("no published agreement '" + agreementId + "'");
        }
        List<VersionSummary> history = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            AgreementVersion agreement = versions.get(i).agreement();
            AgreementVersion next = i + 1 < versions.size() ? versions.get(i + 1).agreement() : null;
            history.add(new VersionSummary(agreement.version(), agreement.title(), agreement.effectiveFrom(),
                    next == null ? null : next.effectiveFrom().minusDays(1), versions.get(i).publishedAt(),
                    versions.get(i).publishedBy()));
        }
        return history;
    }

    public List<Change> diff(String agreementId, int from, int to) {
        return diff.between(required(agreementId, from), required(agreementId, to));
    }

    public List<AuditEntry> audit(String agreementId) {
        return audit.of(agreementId);
    }

    private AgreementVersion required(String agreementId, int version) {
        return version(agreementId, version).orElseThrow(() ->
                new NotFoundException("agreement '" + agreementId + "' has no published version " + version));
    }
}
