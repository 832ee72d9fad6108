package org.aanboord.agreements.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.diff.AgreementDiff;
import org.aanboord.agreements.domain.diff.Change;
import org.aanboord.agreements.domain.validation.AgreementValidator;
import org.aanboord.agreements.domain.validation.Violation;
import org.springframework.stereotype.Service;

/**
 * Writing the next version of an agreement: a draft may be saved while still invalid, is validated on request
 * and on publishing, and becomes an immutable published version with an effective date.
 */
@Service
public class AgreementDrafting {

    private final DraftStore drafts;
    private final AgreementStore store;
    private final AgreementPublishing publishing;
    private final AuditLog audit;
    private final Clock clock;
    private final AgreementValidator validator = new AgreementValidator();
    private final AgreementDiff diff = new AgreementDiff();

    AgreementDrafting(DraftStore drafts, AgreementStore store, AgreementPublishing publishing, AuditLog audit,
            Clock clock) {
        this.drafts = drafts;
        this.store = store;
        this.publishing = publishing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates or replaces the draft of the agreement's next version; {@code action} says how (saved, imported).
     *
     * @return the draft, numbered as the next version, and what would still stop it from being published
     */
    public DraftResult save(String agreementId, AgreementVersion content, Editor editor, String action) {
        AgreementVersion next = content.numbered(agreementId, latestVersion(agreementId) + 1);
        Optional<AgreementVersion> base = drafts.find(agreementId).map(Draft::agreement)
                .or(() -> latest(agreementId));
        Draft draft = new Draft(next, clock.instant(), editor.name());
        drafts.save(draft);
        List<String> details = base.map(before -> diff.between(before, next).stream().map(Change::describe).toList())
                .orElse(List.of("new agreement"));
        audit.append(new AuditEntry(agreementId, next.version(), draft.savedAt(), editor.name(), editor.role(),
                action, details));
        return new DraftResult(draft, validate(next));
    }

    public Optional<DraftResult> draft(String agreementId) {
        return drafts.find(agreementId).map(draft -> new DraftResult(draft, validate(draft.agreement())));
    }

    /**
     * Publishes the draft, from {@code effectiveFrom} when given (else the draft's own date), and removes it.
     *
     * @throws InvalidAgreementException naming every problem when it cannot be published
     */
    public AgreementVersion publish(String agreementId, LocalDate effectiveFrom, Editor editor) {
        Draft draft = drafts.find(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement '" + agreementId + "' has no draft"));
        AgreementVersion candidate = draft.agreement().numbered(agreementId, latestVersion(agreementId) + 1);
        if (effectiveFrom != null) {
            candidate = candidate.effective(effectiveFrom);
        }
        publishing.publish(candidate, editor);
        drafts.delete(agreementId);
        return candidate;
    }

    public void discard(String agreementId, Editor editor) {
        Draft draft = drafts.find(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement '" + agreementId + "' has no draft"));
        drafts.delete(agreementId);
        audit.append(new AuditEntry(agreementId, draft.agreement().version(), clock.instant(), editor.name(),
                editor.role(), "DRAFT_DISCARDED", List.of()));
    }

    private List<Violation> validate(AgreementVersion agreement) {
        return validator.validate(agreement, store.findAll().stream().map(PublishedVersion::agreement).toList());
    }

    private Optional<AgreementVersion> latest(String agreementId) {
        return store.findAll().stream().map(PublishedVersion::agreement)
                .filter(agreement -> agreement.agreementId().equals(agreementId))
                .reduce((first, second) -> second.version() > first.version() ? second : first);
    }

    private int latestVersion(String agreementId) {
        return latest(agreementId).map(AgreementVersion::version).orElse(0);
    }

    /** A draft and the problems that would stop it from being published (empty: it can be published). */
    public record DraftResult(Draft draft, List<Violation> problems) {
    }
}
