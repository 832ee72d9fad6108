package org.aanboord.agreements.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.agreements.application.AgreementDrafting;
import org.aanboord.agreements.application.AgreementDrafting.DraftResult;
import org.aanboord.agreements.application.Editor;
import org.aanboord.agreements.application.InvalidAgreementException;
import org.aanboord.agreements.application.NotFoundException;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.validation.Violation;
import org.aanboord.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Drafts", description = "Writing, validating and publishing the next version of an agreement")
class DraftController {

    private final AgreementDrafting drafting;
    private final EditorResolver editors;

    DraftController(AgreementDrafting drafting, EditorResolver editors) {
        this.drafting = drafting;
        this.editors = editors;
    }

    @PutMapping("/{agreementId}/draft")
    @Operation(summary = "Create or replace the draft of the next version (hub admin or regisseur)",
            description = "A draft may still have problems; they are listed with their place in the document.")
    DraftView save(@PathVariable String agreementId, @RequestBody AgreementVersion agreement, Caller caller) {
        return DraftView.of(drafting.save(agreementId, agreement, editors.requireEditor(caller, agreementId, agreement),
                "DRAFT_SAVED"));
    }

    @PostMapping("/import")
    @Operation(summary = "Import an exported agreement as the draft of its next version (hub admin or regisseur)")
    ResponseEntity<DraftView> importDraft(@RequestBody AgreementVersion agreement, Caller caller) {
        if (agreement.agreementId() == null || agreement.agreementId().isBlank()) {
            throw new InvalidAgreementException(List.of(new Violation("agreementId",
                    "is required: the imported agreement becomes the draft of this agreement's next version")));
        }
        Editor editor = editors.requireEditor(caller, agreement.agreementId(), agreement);
        DraftResult result = drafting.save(agreement.agreementId(), agreement, editor, "IMPORTED");
        return ResponseEntity.created(URI.create("/api/agreements/" + agreement.agreementId() + "/draft"))
                .body(DraftView.of(result));
    }

    @GetMapping("/{agreementId}/draft")
    @Operation(summary = "The draft and what still stops it from being published")
    DraftView draft(@PathVariable String agreementId) {
        return drafting.draft(agreementId).map(DraftView::of)
                .orElseThrow(() -> new NotFoundException("agreement '" + agreementId + "' has no draft"));
    }

    @DeleteMapping("/{agreementId}/draft")
    @Operation(summary = "Discard the draft (hub admin or regisseur)")
    ResponseEntity<Void> discard(@PathVariable String agreementId, Caller caller) {
        drafting.discard(agreementId, editors.requireEditor(caller, agreementId, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{agreementId}/draft/publish")
    @Operation(summary = "Validate and publish the draft as an immutable version (hub admin or regisseur)",
            description = "effectiveFrom, when given, overrides the draft's date. 422 names every problem.")
    ResponseEntity<AgreementVersion> publish(@PathVariable String agreementId,
            @RequestBody(required = false) PublishRequest body, Caller caller) {
        AgreementVersion published = drafting.publish(agreementId, body == null ? null : body.effectiveFrom(),
                editors.requireEditor(caller, agreementId, drafting.draft(agreementId)
                        .map(draft -> draft.draft().agreement()).orElse(null)));
        return ResponseEntity.created(URI.create("/api/agreements/" + agreementId + "/versions/"
                + published.version())).body(published);
    }

    record PublishRequest(LocalDate effectiveFrom) {
    }

    /** A draft with what still stops it from being published. */
    record DraftView(AgreementVersion agreement, Instant savedAt, String savedBy, boolean publishable,
            List<Violation> problems) {

        static DraftView of(DraftResult result) {
            return new DraftView(result.draft().agreement(), result.draft().savedAt(), result.draft().savedBy(),
                    result.problems().isEmpty(), result.problems());
        }
    }
}
