package org.aanboord.console.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as people in Flanders write them, in Brussels time; available to every template as {@code fmt}. */
public final class Formats {

    static final Formats INSTANCE = new Formats();
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    public String date(LocalDate day) {
        return day == null ? "–" : DATE.format(day);
    }

    public String dateTime(Instant at) {
        return at == null ? "–" : DATE_TIME.format(at.atZone(BRUSSELS));
    }

    /** A national register number as printed on the identity card: {@code 85.07.30-033.28}. */
    public String nationalNumber(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return digits;
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
    }
}
