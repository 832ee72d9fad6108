package org.aanboord.ingestion.domain;

import java.util.Locale;
import java.util.Optional;

import org.aanboord.contracts.attendance.v1.HalfDay;

/** Accepts the Dutch (VM/NM, voormiddag/namiddag) and English (AM/PM) ways of naming a half-day. */
public final class HalfDays {

    private HalfDays() {
    }

    public static Optional<HalfDay> parse(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        return switch (sent.trim().toUpperCase(Locale.ROOT)) {
            case "AM", "VM", "VOORMIDDAG", "MORNING" -> Optional.of(HalfDay.AM);
            case "PM", "NM", "NAMIDDAG", "AFTERNOON" -> Optional.of(HalfDay.PM);
            default -> Optional.empty();
        };
    }
}
