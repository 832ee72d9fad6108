package org.aanboord.ingestion.adapter.in.web;

import org.aanboord.ingestion.application.Reidentification;
import org.aanboord.ingestion.application.ReidentifyPupil;
import org.aanboord.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Re-identification", description = "Who a pseudonym is, for a stated purpose; every call is audited")
class PupilIdentityController {

    private final ReidentifyPupil reidentify;

    PupilIdentityController(ReidentifyPupil reidentify) {
        this.reidentify = reidentify;
    }

    /** A POST, not a GET: the purpose is a sentence, and it belongs in a body rather than in URLs and access logs. */
    @PostMapping(path = "/api/pupils/{pseudonym}/identity", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-identify a pupil: the school's own ids and the national number, for a stated purpose",
            description = "School staff get their own school's link, CLB workers the links of the schools their CLB "
                    + "serves; every other role 403. A pseudonym of no pupil of the caller's schools is 404, whether "
                    + "or not it exists elsewhere. Every call is written to the audit trail with the purpose first.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "purpose", value = ApiExamples.PURPOSE)))
    @ApiResponse(responseCode = "200", description = "The pupil's links within the caller's schools",
            content = @Content(examples = @ExampleObject(value = ApiExamples.REIDENTIFICATION)))
    @ApiResponse(responseCode = "400", description = "No purpose, or not a sentence; problem+json names the field")
    @ApiResponse(responseCode = "403", description = "The caller's role never re-identifies pupils")
    @ApiResponse(responseCode = "404", description = "No pupil of the caller's schools has this pseudonym")
    Reidentification identity(@PathVariable String pseudonym, @RequestBody(required = false) PurposeRequest body,
            Caller caller) {
        return reidentify.reidentify(caller, pseudonym, body == null ? null : body.purpose());
    }

    /** @param purpose why the caller needs to know who the pupil is, in a sentence */
    record PurposeRequest(String purpose) {
    }
}
