package org.aanboord.ingestion.adapter.out.messaging;

import java.nio.charset.StandardCharsets;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;

/**
 * Writes the registration events by hand, field for field as Jackson writes them (record order, ISO dates, enums by
 * name, nulls as null): a batch publishes an event per row, and Jackson's generic serializer was a sixth of a batch
 * request's work. {@code RegistrationJsonTest} checks each against Jackson's output.
 */
final class RegistrationJson {

    private RegistrationJson() {
    }

    static byte[] toBytes(AttendanceRegistrationEvent event) {
        StringBuilder json = new StringBuilder(320);
        json.append('{');
        text(json, "pupilPseudonym", event.pupilPseudonym()).append(',');
        text(json, "schoolId", event.schoolId()).append(',');
        value(json, "date", event.date()).append(',');
        value(json, "halfDay", event.halfDay()).append(',');
        if (event instanceof HalfDayRegistered registered) {
            value(json, "code", registered.code()).append(',');
            text(json, "originalCode", registered.originalCode()).append(',');
            json.append("\"version\":").append(registered.version()).append(',');
            value(json, "registeredAt", registered.registeredAt());
        } else if (event instanceof HalfDayCorrected corrected) {
            value(json, "code", corrected.code()).append(',');
            value(json, "previousCode", corrected.previousCode()).append(',');
            text(json, "originalCode", corrected.originalCode()).append(',');
            json.append("\"version\":").append(corrected.version()).append(',');
            value(json, "correctedAt", corrected.correctedAt());
        } else if (event instanceof HalfDayRevoked revoked) {
            value(json, "previousCode", revoked.previousCode()).append(',');
            json.append("\"version\":").append(revoked.version()).append(',');
            value(json, "revokedAt", revoked.revokedAt());
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Dates, instants and enums, whose text needs no escaping. */
    private static StringBuilder value(StringBuilder json, String field, Object value) {
        json.append('"').append(field).append("\":");
        return value == null ? json.append("null") : json.append('"').append(value).append('"');
    }

    private static StringBuilder text(StringBuilder json, String field, String value) {
        json.append('"').append(field).append("\":");
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
