package org.aanboord.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SchoolYearsTest {

    @Test
    void theLastEndedSchoolYearIsTheOneBeforeTheSchoolYearTheCutoffFallsIn() {
        assertThat(SchoolYears.lastEndedBy(Instant.parse("2024-12-02T10:00:00Z"))).isEqualTo("2023-2024");
        assertThat(SchoolYears.lastEndedBy(Instant.parse("2024-06-30T10:00:00Z"))).isEqualTo("2022-2023");
    }

    @Test
    void aSchoolYearEndsAtMidnightAfterThirtyFirstAugustInBrussels() {
        assertThat(SchoolYears.lastEndedBy(Instant.parse("2024-08-31T21:59:59Z"))).isEqualTo("2022-2023");
        assertThat(SchoolYears.lastEndedBy(Instant.parse("2024-08-31T22:00:00Z"))).isEqualTo("2023-2024");
    }
}
