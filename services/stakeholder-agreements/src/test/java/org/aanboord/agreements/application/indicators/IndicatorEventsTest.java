package org.aanboord.agreements.application.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aanboord.agreements.application.AgreementStore;
import org.aanboord.agreements.application.PublishedVersion;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

class IndicatorEventsTest {

    private final ReadCountingStore agreements = new ReadCountingStore();
    private final IndicatorMeasuring measuring = new IndicatorMeasuring(agreements, mock(IndicatorFacts.class), null,
            null, Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC));
    private final IndicatorEvents events = new IndicatorEvents(mock(IndicatorFacts.class), measuring);

    @Test
    void aStreamOfAssessmentsIsMeasuredOncePerRoundNotOncePerAssessment() {
        for (int i = 0; i < 500; i++) {
            events.assessed(assessment("agreement-a"));
        }
        events.assessed(assessment("agreement-b"));
        assertThat(agreements.reads).as("measured while the events came in").isZero();

        measuring.measureChanged();
        assertThat(agreements.reads).as("one measurement of each agreement").isEqualTo(2);

        measuring.measureChanged();
        assertThat(agreements.reads).as("nothing changed since").isEqualTo(2);

        events.assessed(assessment("agreement-a"));
        measuring.measureChanged();
        assertThat(agreements.reads).isEqualTo(3);
    }

    private static RiskAssessmentChanged assessment(String agreementId) {
        return new RiskAssessmentChanged(UUID.randomUUID().toString(), "pupil-1", "school-1", "clb-1", "municipality-1",
                "2026-2027", agreementId, 1, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL, List.of(), List.of(),
                List.of(), Instant.parse("2026-11-16T07:59:00Z"));
    }

    /** No agreement is published here; what counts is how often measuring reads them. */
    private static final class ReadCountingStore implements AgreementStore {

        private int reads;

        @Override
        public boolean insertIfAbsent(PublishedVersion version, OutboxEntry pendingEvent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PublishedVersion> findAll() {
            reads++;
            return List.of();
        }

        @Override
        public Optional<PublishedVersion> find(String agreementId, int version) {
            return Optional.empty();
        }

        @Override
        public String collection() {
            return "agreements";
        }
    }
}
