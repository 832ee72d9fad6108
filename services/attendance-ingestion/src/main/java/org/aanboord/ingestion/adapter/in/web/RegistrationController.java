package org.aanboord.ingestion.adapter.in.web;

import org.aanboord.ingestion.application.RegisterAttendance;
import org.aanboord.ingestion.application.RegistrationOutcome;
import org.aanboord.ingestion.domain.RegistrationRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/registrations")
@Tag(name = "Registrations", description = "Half-day attendance registrations from school software")
class RegistrationController {

    private final RegisterAttendance registerAttendance;

    RegistrationController(RegisterAttendance registerAttendance) {
        this.registerAttendance = registerAttendance;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register the code of one half-day of one pupil",
            description = "Codes A, R, Z, H, P, M, B (legacy codes are mapped). halfDay is AM/VM or PM/NM. "
                    + "The answer comes only after the broker acknowledged the event. A later registration for the "
                    + "same school, pupil, date and half-day is a correction; the same code again is a duplicate.")
    @ApiResponse(responseCode = "202", description = "Registered or corrected, durable on the broker")
    @ApiResponse(responseCode = "200", description = "Duplicate: already registered with this code, nothing published")
    @ApiResponse(responseCode = "422", description = "Refused; problem+json lists each field and why")
    @ApiResponse(responseCode = "503", description = "The broker is unavailable; retry after the Retry-After seconds")
    ResponseEntity<RegistrationOutcome> register(@RequestBody RegistrationRequest request) {
        RegistrationOutcome outcome = registerAttendance.register(request);
        HttpStatus status = outcome.status() == RegistrationOutcome.Status.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(outcome);
    }
}
