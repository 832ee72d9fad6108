package org.aanboord.agreements.adapter.in.web;

import java.net.URI;
import java.util.List;

import org.aanboord.agreements.application.AgreementPublishing;
import org.aanboord.agreements.application.AgreementQueries;
import org.aanboord.agreements.application.AuditEntry;
import org.aanboord.agreements.application.ConflictException;
import org.aanboord.agreements.application.NotFoundException;
import org.aanboord.agreements.application.VersionSummary;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.diff.Change;
import org.aanboord.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements", description = "The local agreement (draaiboek) as versioned data")
class AgreementController {

    private final AgreementQueries queries;
    private final AgreementPublishing publishing;
    private final EditorResolver editors;

    AgreementController(AgreementQueries queries, AgreementPublishing publishing, EditorResolver editors) {
        this.queries = queries;
        this.publishing = publishing;
        this.editors = editors;
    }

    @GetMapping
    @Operation(summary = "Every published agreement version")
    List<AgreementVersion> all() {
        return queries.all();
    }

    @GetMapping("/{agreementId}/versions")
    @Operation(summary = "The agreement's history: every published version and the period in which it applies")
    List<VersionSummary> history(@PathVariable String agreementId) {
        return queries.history(agreementId);
    }

    @GetMapping("/{agreementId}/versions/{version}")
    @Operation(summary = "One published agreement version")
    ResponseEntity<AgreementVersion> version(@PathVariable String agreementId, @PathVariable int version) {
        return ResponseEntity.ok(queries.version(agreementId, version).orElseThrow(() ->
                new NotFoundException("agreement '" + agreementId + "' has no published version " + version)));
    }

    @PutMapping("/{agreementId}/versions/{version}")
    @Operation(summary = "Always refused: published versions are immutable; save a draft instead")
    ResponseEntity<Void> change(@PathVariable String agreementId, @PathVariable int version, Caller caller) {
        editors.requireEditor(caller, agreementId, null);
        throw new ConflictException("version", "version " + version + " of '" + agreementId
                + "' is published and cannot change; PUT /api/agreements/" + agreementId + "/draft instead");
    }

    @GetMapping("/{agreementId}/diff")
    @Operation(summary = "What changed between two published versions, place by place")
    DiffView diff(@PathVariable String agreementId, @RequestParam int from, @RequestParam int to) {
        List<Change> changes = queries.diff(agreementId, from, to);
        return new DiffView(agreementId, from, to, changes.stream()
                .map(change -> new DiffView.Line(change.path(), change.before(), change.after(), change.describe()))
                .toList());
    }

    @GetMapping("/{agreementId}/audit")
    @Operation(summary = "Every change to the agreement: who, when, what")
    List<AuditEntry> audit(@PathVariable String agreementId) {
        return queries.audit(agreementId);
    }

    @PostMapping
    @Operation(summary = "Publish a complete agreement version at once (hub admin or regisseur)",
            description = "Validates the agreement, stores it immutably and publishes it on agreements.lifecycle.v1. "
                    + "Publishing the same agreement id and version again changes nothing; other content under a "
                    + "published version number is refused (409).")
    ResponseEntity<AgreementVersion> publish(@RequestBody AgreementVersion agreement, Caller caller) {
        boolean created = publishing.publish(agreement,
                editors.requireEditor(caller, agreement.agreementId(), agreement));
        URI location = URI.create("/api/agreements/" + agreement.agreementId() + "/versions/" + agreement.version());
        return created ? ResponseEntity.created(location).body(agreement) : ResponseEntity.ok(agreement);
    }

    /** A readable difference between two versions. */
    record DiffView(String agreementId, int from, int to, List<Line> changes) {

        record Line(String path, String before, String after, String description) {
        }
    }
}
