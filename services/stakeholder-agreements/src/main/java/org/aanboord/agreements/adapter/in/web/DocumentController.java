package org.aanboord.agreements.adapter.in.web;

import org.aanboord.agreements.application.AgreementDrafting;
import org.aanboord.agreements.application.AgreementQueries;
import org.aanboord.agreements.application.NotFoundException;
import org.aanboord.agreements.domain.AgreementVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Documents", description = "The agreement as a JSON file to import elsewhere and as a printable document")
class DocumentController {

    private final AgreementQueries queries;
    private final AgreementDrafting drafting;
    private final AgreementHtml html = new AgreementHtml();

    DocumentController(AgreementQueries queries, AgreementDrafting drafting) {
        this.queries = queries;
        this.drafting = drafting;
    }

    @GetMapping(path = "/{agreementId}/versions/{version}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The version as a JSON file; POST it to /api/agreements/import to get the same agreement back")
    ResponseEntity<AgreementVersion> export(@PathVariable String agreementId, @PathVariable int version) {
        AgreementVersion agreement = published(agreementId, version);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(agreementId + "-v" + version + ".json").build().toString())
                .body(agreement);
    }

    @GetMapping(path = "/{agreementId}/versions/{version}/document", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The version as a printable document following the draaiboek's sections, for signing")
    String document(@PathVariable String agreementId, @PathVariable int version) {
        return html.render(published(agreementId, version), false);
    }

    @GetMapping(path = "/{agreementId}/draft/document", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The draft as a printable document, marked as draft")
    String draftDocument(@PathVariable String agreementId) {
        return drafting.draft(agreementId)
                .map(draft -> html.render(draft.draft().agreement(), true))
                .orElseThrow(() -> new NotFoundException("agreement '" + agreementId + "' has no draft"));
    }

    private AgreementVersion published(String agreementId, int version) {
        return queries.version(agreementId, version).orElseThrow(() ->
                new NotFoundException("agreement '" + agreementId + "' has no published version " + version));
    }
}
