package org.aanboord.ingestion.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids already on the topics must stay the same: a resend after this change still carries the id of the first send. */
class NameBasedIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "school-1|Zb6pQ0Vt0c3m3mQw8Yy1x9hW2rB7kU4nD5sE6fG7hI8|2026-11-20_AM|v1",
            "enrolment|school-1|pupil|v12", "", "Sint-Jozefsinstituut Kortrijk – één|v3" })
    void areTheIdsOfUuidNameUuidFromBytes(String name) {
        String expected = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(NameBasedIds.of(name)).isEqualTo(expected);
        assertThat(NameBasedIds.of(name)).as("the digest is reset after each id").isEqualTo(expected);
    }
}
