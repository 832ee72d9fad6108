package org.aanboord.console.adapter.out.services;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** attendance-ingestion: the CSV upload of a school's attendance export, and re-identifying a pupil. */
public class IngestionClient {

    private final RestClient http;

    public IngestionClient(RestClient http) {
        this.http = http;
    }

    /** Uploads the file as the multipart part {@code file}; every valid row is acknowledged before the answer. */
    public BatchReport uploadCsv(String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return ServiceCalls.refusalsAsProblems(http.post().uri("/api/registrations/batch")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()).body(BatchReport.class);
    }

    /**
     * Who the pupil is, as far as the signed-in user may know; the service audits the call with the purpose before
     * it answers. Nothing of the answer is logged or kept.
     */
    public PupilIdentity identify(String pseudonym, String purpose) {
        return ServiceCalls.refusalsAsProblems(http.post().uri("/api/pupils/{pseudonym}/identity", pseudonym)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("purpose", purpose)).retrieve())
                .body(PupilIdentity.class);
    }

    public record BatchReport(int received, int registered, int corrected, int duplicates, int rejected,
            List<RowError> errors) {

        public BatchReport {
            errors = errors == null ? List.of() : errors;
        }
    }

    /** @param line the CSV line, the header being line 1 */
    public record RowError(int line, String field, String rule, String reason) {
    }

    /** @param nationalNumber the eleven digits, null when no school named the pupil by national register number */
    public record PupilIdentity(String pseudonym, String nationalNumber, List<SchoolIds> schools) {

        public PupilIdentity {
            schools = schools == null ? List.of() : schools;
        }
    }

    /** @param pupilIds the school's own ids for the pupil; empty when it only gave the national register number */
    public record SchoolIds(String schoolId, List<String> pupilIds) {

        public SchoolIds {
            pupilIds = pupilIds == null ? List.of() : pupilIds;
        }
    }
}
