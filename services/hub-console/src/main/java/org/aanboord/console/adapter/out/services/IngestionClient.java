package org.aanboord.console.adapter.out.services;

import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** attendance-ingestion: the CSV upload of a school's attendance export. */
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

    public record BatchReport(int received, int registered, int corrected, int duplicates, int rejected,
            List<RowError> errors) {

        public BatchReport {
            errors = errors == null ? List.of() : errors;
        }
    }

    /** @param line the CSV line, the header being line 1 */
    public record RowError(int line, String field, String rule, String reason) {
    }
}
