package org.aanboord.ingestion.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;
import org.aanboord.platform.messaging.EventJson;
import org.junit.jupiter.api.Test;

/** The hand-written registration events are the JSON Jackson writes for them, byte for byte. */
class RegistrationJsonTest {

    private final EventJson json = new EventJson();

    @Test
    void everyKindOfRegistrationIsWrittenAsJacksonWritesIt() {
        LocalDate day = LocalDate.of(2026, 11, 16);
        List<AttendanceRegistrationEvent> events = List.of(
                new HalfDayRegistered("p-Ab_9", "school-1", day, HalfDay.AM, AttendanceCode.B, "B", 1,
                        Instant.parse("2026-11-16T08:15:00.123456Z")),
                new HalfDayRegistered("p-Ab_9", "school-1", day, HalfDay.PM, AttendanceCode.R, "T", 2,
                        Instant.parse("2026-11-16T12:00:00Z")),
                new HalfDayRegistered("p\"quote\\slash\ttab\u0001ü", "school-1", day, HalfDay.PM, AttendanceCode.Z,
                        null, 1, Instant.parse("2026-11-16T12:00:00.5Z")),
                new HalfDayCorrected("p-Ab_9", "school-1", day, HalfDay.AM, AttendanceCode.Z, AttendanceCode.B, "D", 3,
                        Instant.parse("2026-11-17T07:00:00.000001Z")),
                new HalfDayRevoked("p-Ab_9", "school-1", day, HalfDay.AM, AttendanceCode.Z, 4,
                        Instant.parse("2026-11-18T07:00:00Z")),
                new HalfDayRevoked("p-Ab_9", "school-1", day, HalfDay.AM, null, 5, null));

        for (AttendanceRegistrationEvent event : events) {
            assertThat(new String(RegistrationJson.toBytes(event), StandardCharsets.UTF_8)).as(event.toString())
                    .isEqualTo(new String(json.toBytes((Record) event), StandardCharsets.UTF_8));
        }
    }
}
