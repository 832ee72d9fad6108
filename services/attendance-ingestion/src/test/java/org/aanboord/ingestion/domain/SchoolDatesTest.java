package org.aanboord.ingestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SchoolDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void theFormsSchoolSoftwareWritesAreRead() {
        for (String written : List.of("2026-11-16", "16/11/2026", "16-11-2026", "16.11.2026", " 2026-11-16 ")) {
            assertThat(parse(written)).as(written).contains(LocalDate.of(2026, 11, 16));
        }
        assertThat(parse("2024-02-29")).as("a leap day").contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aDayTheMonthDoesNotHaveOrAnotherShapeIsRefusedAsImpossible() {
        for (String written : List.of("2026-02-30", "30/02/2026", "2025-02-29", "2026-13-01", "00/11/2026",
                "2026-1a-16", "6/11/2026", "2026/11/16", "16 11 2026", "20261116")) {
            List<FieldError> errors = new ArrayList<>();
            assertThat(SchoolDates.parse("date", written, TODAY, errors)).as(written).isEmpty();
            assertThat(errors).as(written).singleElement()
                    .satisfies(error -> assertThat(error.rejection()).isEqualTo(Rejection.IMPOSSIBLE_DATE));
        }
    }

    @Test
    void aDateAfterTodayIsRefusedAsFuture() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(SchoolDates.parse("date", "04/12/2026", TODAY, errors)).isEmpty();
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.rejection()).isEqualTo(Rejection.FUTURE_DATE));
    }

    private static Optional<LocalDate> parse(String written) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> date = SchoolDates.parse("date", written, TODAY, errors);
        assertThat(errors).as(written).isEmpty();
        return date;
    }
}
