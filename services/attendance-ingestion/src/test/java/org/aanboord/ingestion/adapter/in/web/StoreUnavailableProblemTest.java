package org.aanboord.ingestion.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A store that does not answer is a 503 the school may retry, like a broker that does not, not a 500. */
class StoreUnavailableProblemTest {

    @Test
    void aStoreThatDoesNotAnswerIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = new IngestionProblems()
                .storeUnavailable(new DataAccessResourceFailureException("Prematurely reached end of stream"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getTitle()).isEqualTo("Store unavailable");
    }
}
