package org.aanboord.agreements.adapter.in.web;

import java.net.URI;
import java.util.List;

import org.aanboord.agreements.application.AgreementPublishing;
import org.aanboord.agreements.application.AgreementQueries;
import org.aanboord.agreements.domain.AgreementVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements", description = "The local agreement (draaiboek) as versioned data")
class AgreementController {

    private final AgreementQueries queries;
    private final AgreementPublishing publishing;

    AgreementController(AgreementQueries queries, AgreementPublishing publishing) {
        this.queries = queries;
        this.publishing = publishing;
    }

    @GetMapping
    @Operation(summary = "Every published agreement version")
    List<AgreementVersion> all() {
        return queries.all();
    }

    @GetMapping("/{agreementId}/versions/{version}")
    @Operation(summary = "One published agreement version")
    ResponseEntity<AgreementVersion> version(@PathVariable String agreementId, @PathVariable int version) {
        return ResponseEntity.of(queries.version(agreementId, version));
    }

    @PostMapping
    @Operation(summary = "Publish a new agreement version",
            description = "Validates the agreement, stores it immutably and publishes it on agreements.lifecycle.v1. "
                    + "Publishing the same agreement id and version again changes nothing.")
    ResponseEntity<AgreementVersion> publish(@RequestBody AgreementVersion agreement) {
        boolean created = publishing.publish(agreement);
        URI location = URI.create("/api/agreements/" + agreement.agreementId() + "/versions/" + agreement.version());
        return created ? ResponseEntity.created(location).body(agreement) : ResponseEntity.ok(agreement);
    }
}
