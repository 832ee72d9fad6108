package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.ingestion.application.BatchReport;
import org.aanboord.ingestion.application.RowError;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance: a school export with tens of thousands of rows and a few hundred faulty rows of every
 * kind. Every valid row is published exactly once, every faulty row is reported with its line and rule, and
 * uploading the same file again publishes nothing. By default the size: 50,000 valid rows (plus about 500
 * exact repeats) and 25 faulty rows of each of the 16 kinds, 425 faulty lines in all (about 40 s on a loaded 2-core
 * machine); {@code -Dingestion.acceptance.rows} and {@code -Dingestion.acceptance.faulty-each} change it.
 */
class CsvUploadAcceptanceTest extends IngestionIntegrationTest {

    private static final int VALID_ROWS = Integer.getInteger("ingestion.acceptance.rows", 50_000);
    private static final int FAULTY_EACH = Integer.getInteger("ingestion.acceptance.faulty-each", 25);

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void everyValidRowIsPublishedOnceEveryFaultyRowIsReportedAndAResendPublishesNothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        SchoolExport export = SchoolExport.generate(CALENDAR_SCHOOL, VALID_ROWS, FAULTY_EACH, today);
        byte[] file = export.csv.toString().getBytes(StandardCharsets.UTF_8);
        Set<String> pseudonyms = export.validPupils.stream()
                .map(pupil -> pseudonymizer.ofLocalId(CALENDAR_SCHOOL, pupil)).collect(Collectors.toSet());

        BatchReport first = upload(file);

        assertThat(first.registered()).isEqualTo(export.validRows);
        assertThat(first.duplicates()).as("exact repeats inside the file").isEqualTo(export.repeats);
        assertThat(first.rejected()).isEqualTo(export.distinctFaultyRows());
        assertThat(first.received()).isEqualTo(export.validRows + export.repeats + export.distinctFaultyRows());
        assertThat(rulesByLine(first)).isEqualTo(export.faultyLines);
        try (RegistrationCounter topic = new RegistrationCounter(BOOTSTRAP, pseudonyms)) {
            assertThat(topic.awaitExactly(export.validRows, Duration.ofSeconds(2))).isEqualTo(export.validRows);
            assertThat(topic.repeated()).as("half-days published more than once").isEmpty();

            BatchReport again = uploadAsForm(file);

            assertThat(again.registered() + again.corrected()).isZero();
            assertThat(again.duplicates()).isEqualTo(export.validRows + export.repeats);
            assertThat(rulesByLine(again)).isEqualTo(export.faultyLines);
            assertThat(topic.awaitExactly(export.validRows, Duration.ofSeconds(3))).isEqualTo(export.validRows);
        }
    }

    private BatchReport upload(byte[] file) throws Exception {
        byte[] body = http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_STAFF", CALENDAR_SCHOOL)).contentType("text/csv").content(file))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return mapper.readValue(body, BatchReport.class);
    }

    private BatchReport uploadAsForm(byte[] file) throws Exception {
        byte[] body = http.perform(multipart("/api/registrations/batch").with(TestTokens.as("SCHOOL_STAFF", CALENDAR_SCHOOL))
                        .file(new MockMultipartFile("file", "afwezigheden.csv", "text/csv", file)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return mapper.readValue(body, BatchReport.class);
    }

    /** The rule of each refused line; a line refused for several fields keeps the first. */
    private static Map<Integer, String> rulesByLine(BatchReport report) {
        Map<Integer, String> rules = new HashMap<>();
        for (RowError error : report.errors()) {
            rules.putIfAbsent(error.line(), error.rule());
        }
        return rules;
    }
}
