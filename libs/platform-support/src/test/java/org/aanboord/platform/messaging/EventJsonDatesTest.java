package org.aanboord.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Events read their dates by hand for speed; every form must still mean what Jackson's readers made of it. */
class EventJsonDatesTest {

    record Stamped(LocalDate date, Instant at) {
    }

    private final EventJson json = new EventJson();

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-07T08:15:00Z", "2026-09-07T08:15:00.1Z", "2026-09-07T08:15:00.123Z",
            "2026-09-07T23:59:59.123456789Z", "2024-02-29T00:00:00.000001Z", "1970-01-01T00:00:00Z"})
    void anInstantInUtcIsReadExactly(String text) {
        assertThat(read("2026-09-07", "\"" + text + "\"").at()).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-07T10:15:00+02:00", "2026-09-07T08:15:00.5+00:00"})
    void anInstantWithAnOffsetIsReadByJacksonsOwnReader(String text) {
        assertThat(read("2026-09-07", "\"" + text + "\"").at()).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @Test
    void anInstantAsEpochSecondsAndADateAreRead() {
        Stamped stamped = read("2024-02-29", "1788768900");
        assertThat(stamped.date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(stamped.at()).isEqualTo(Instant.ofEpochSecond(1788768900));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-9-7", "yesterday"})
    void anImpossibleDateIsRefusedAsBefore(String date) {
        assertThatThrownBy(() -> read(date, "\"2026-09-07T08:15:00Z\"")).isInstanceOf(PoisonMessageException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-07T08:61:00Z", "2026-09-31T08:00:00Z", "2026-09-07T08:15:00.1234567890Z"})
    void anImpossibleInstantIsRefusedAsBefore(String text) {
        assertThatThrownBy(() -> read("2026-09-07", "\"" + text + "\"")).isInstanceOf(PoisonMessageException.class);
    }

    private Stamped read(String date, String at) {
        return json.read(("{\"date\":\"" + date + "\",\"at\":" + at + "}").getBytes(), Stamped.class);
    }
}
