package org.aanboord.ingestion.adapter.in.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.aanboord.ingestion.application.BatchReport;
import org.aanboord.ingestion.application.NumberedRequest;
import org.aanboord.ingestion.application.RegisterAttendance;
import org.aanboord.ingestion.application.RegistrationOutcome;
import org.aanboord.ingestion.application.RevokeAttendance;
import org.aanboord.ingestion.application.SchoolRateLimits;
import org.aanboord.ingestion.domain.RegistrationRequest;
import org.aanboord.ingestion.domain.RevocationRequest;
import org.aanboord.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/registrations")
@Tag(name = "Registrations", description = "Half-day attendance registrations from school software")
class RegistrationController {

    private final RegisterAttendance registerAttendance;
    private final RevokeAttendance revokeAttendance;
    private final SchoolRateLimits rateLimits;
    private final RequestLimits limits;
    private final OwnSchool ownSchool;

    RegistrationController(RegisterAttendance registerAttendance, RevokeAttendance revokeAttendance,
            SchoolRateLimits rateLimits, RequestLimits limits, OwnSchool ownSchool) {
        this.registerAttendance = registerAttendance;
        this.revokeAttendance = revokeAttendance;
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.ownSchool = ownSchool;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register the code of one half-day of one pupil",
            description = "Codes A, R, Z, H, P, M, B (legacy codes are mapped). halfDay is AM/VM or PM/NM. The pupil "
                    + "is pupilId (the school's own id), nationalNumber (rijksregisternummer) or both. The answer "
                    + "comes only after the broker acknowledged the event. A later registration for the same "
                    + "school, pupil, date and half-day is a correction; the same code again is a duplicate.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "registration", value = ApiExamples.REGISTRATION)))
    @ApiResponse(responseCode = "202", description = "Registered or corrected, durable on the broker",
            content = @Content(examples = @ExampleObject(value = ApiExamples.OUTCOME)))
    @ApiResponse(responseCode = "200", description = "Duplicate: already registered with this code, nothing published")
    @ApiResponse(responseCode = "422", description = "Refused; problem+json lists each field, rule and reason",
            content = @Content(examples = @ExampleObject(value = ApiExamples.PROBLEM)))
    @ApiResponse(responseCode = "429", description = "The school's rate limit is exhausted; retry after Retry-After")
    @ApiResponse(responseCode = "503", description = "The broker or the store is unavailable; retry after the Retry-After seconds")
    ResponseEntity<RegistrationOutcome> register(@RequestBody RegistrationRequest request, Caller caller) {
        ownSchool.require(caller, request.schoolId());
        rateLimits.admit(List.of(String.valueOf(request.schoolId())));
        RegistrationOutcome outcome = registerAttendance.register(request);
        HttpStatus status = outcome.status() == RegistrationOutcome.Status.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(outcome);
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register many half-days at once (a JSON array, up to the configured maximum rows)",
            description = "Every valid row is published and acknowledged by the broker before the answer; every "
                    + "refused row is listed in errors with its 1-based position as line. Rows naming the same "
                    + "half-day with different codes are all refused. Resending the same batch publishes nothing.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "batch", value = ApiExamples.BATCH)))
    @ApiResponse(responseCode = "200", description = "The report; valid rows are durable on the broker",
            content = @Content(examples = @ExampleObject(value = ApiExamples.REPORT)))
    @ApiResponse(responseCode = "413", description = "The body or the number of rows is over the limit")
    @ApiResponse(responseCode = "503", description = "The broker did not acknowledge or the store did not answer; nothing is reported as accepted")
    BatchReport registerBatch(@RequestBody List<RegistrationRequest> rows, Caller caller) {
        limits.checkRows(rows.size());
        rateLimits.admit(rows.stream().map(RegistrationRequest::schoolId).toList());
        OwnSchool.Rows own = ownSchool.keepOwn(caller, IntStream.range(0, rows.size())
                .mapToObj(i -> new NumberedRequest(i + 1, rows.get(i)))
                .toList(), List.of());
        return registerAttendance.registerAll(own.requests(), own.refused());
    }

    @PostMapping(path = "/batch", consumes = {"text/csv", "application/csv"})
    @Operation(summary = "Register a CSV export (the body is the file)",
            description = "UTF-8 with or without BOM, ';' or ',' separated, header on line 1 in Dutch or English "
                    + "(schoolnummer;leerling;rijksregisternummer;datum;dagdeel;code). Errors name the file's line.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "export", value = ApiExamples.CSV)))
    @ApiResponse(responseCode = "200", description = "The report; valid rows are durable on the broker",
            content = @Content(examples = @ExampleObject(value = ApiExamples.REPORT)))
    @ApiResponse(responseCode = "422", description = "The file cannot be read (encoding, unknown or missing columns)")
    BatchReport registerCsv(@RequestBody byte[] file, Caller caller) {
        return registerCsvRows(CsvRegistrations.read(file), caller);
    }

    @PostMapping(path = "/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Register a CSV export uploaded as a form (part 'file')")
    @ApiResponse(responseCode = "200", description = "The report; valid rows are durable on the broker")
    BatchReport uploadCsv(@RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        return registerCsvRows(CsvRegistrations.read(file.getBytes()), caller);
    }

    @PostMapping(path = "/revocations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the registration of one half-day",
            description = "Published as HalfDayRevoked with the next version, so scoring forgets the code.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "revocation", value = ApiExamples.REVOCATION)))
    @ApiResponse(responseCode = "202", description = "Revoked, durable on the broker")
    @ApiResponse(responseCode = "200", description = "Already revoked; nothing published")
    @ApiResponse(responseCode = "404", description = "Nothing was registered for that half-day")
    ResponseEntity<RegistrationOutcome> revoke(@RequestBody RevocationRequest request, Caller caller) {
        ownSchool.require(caller, request.schoolId());
        rateLimits.admit(List.of(String.valueOf(request.schoolId())));
        RegistrationOutcome outcome = revokeAttendance.revoke(request);
        HttpStatus status = outcome.status() == RegistrationOutcome.Status.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(outcome);
    }

    private BatchReport registerCsvRows(CsvRegistrations.Rows rows, Caller caller) {
        limits.checkRows(rows.requests().size() + rows.unreadable().size());
        rateLimits.admit(rows.schoolIds());
        OwnSchool.Rows own = ownSchool.keepOwn(caller, rows.requests(), rows.unreadable());
        return registerAttendance.registerAll(own.requests(), own.refused());
    }
}
