package org.aanboord.platform.messaging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.aanboord.platform.calendar.DateDigits;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the two date forms every event carries, {@code 2026-09-07} and {@code 2026-09-07T08:15:00.123Z}, by hand:
 * the formatter-based readers were a tenth of a consumer's time for a registration. Anything else (offsets, epoch
 * numbers, out-of-range values) goes to Jackson's own readers, which also report the errors.
 */
final class IsoDates {

    private static final int[] FRACTION_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private IsoDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-dates")
                .addDeserializer(Instant.class, new ValueDeserializer<Instant>() {
                    @Override
                    public Instant deserialize(JsonParser parser, DeserializationContext context) {
                        Instant fast = parser.currentToken() == JsonToken.VALUE_STRING ? instant(parser.getString()) : null;
                        return fast != null ? fast : InstantDeserializer.INSTANT.deserialize(parser, context);
                    }
                })
                .addDeserializer(LocalDate.class, new ValueDeserializer<LocalDate>() {
                    @Override
                    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                        LocalDate fast = parser.currentToken() == JsonToken.VALUE_STRING ? date(parser.getString()) : null;
                        return fast != null ? fast : LocalDateDeserializer.INSTANCE.deserialize(parser, context);
                    }
                });
    }

    /** {@code yyyy-MM-dd}, or null when the text has another form or is no valid date. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = DateDigits.number(text, 0, 4);
        int month = DateDigits.number(text, 5, 7);
        int day = DateDigits.number(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} in UTC, or null when the text has another form or is out of range. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate day = date(text.substring(0, 10));
        int hour = DateDigits.number(text, 11, 13);
        int minute = DateDigits.number(text, 14, 16);
        int second = DateDigits.number(text, 17, 19);
        if (day == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            int fraction = text.charAt(19) == '.' && fractionDigits > 0 ? DateDigits.number(text, 20, length - 1) : -1;
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * FRACTION_SCALE[fractionDigits];
        }
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }
}
