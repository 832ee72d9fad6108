package org.aanboord.ingestion.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aanboord.contracts.attendance.v1.AttendanceCode;

/**
 * Maps the code a school sends to an official code: the seven official codes as they are, legacy codes still used
 * by school software through a configurable table (e.g. D→Z, T/U/Y→R). The original code is kept for audit.
 */
public final class AttendanceCodes {

    private final Map<String, AttendanceCode> legacy;

    public AttendanceCodes(Map<String, AttendanceCode> legacy) {
        this.legacy = Map.copyOf(legacy);
    }

    public Optional<AttendanceCode> official(String sent) {
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        String code = sent.trim().toUpperCase(Locale.ROOT);
        for (AttendanceCode official : AttendanceCode.values()) {
            if (official.name().equals(code)) {
                return Optional.of(official);
            }
        }
        return Optional.ofNullable(legacy.get(code));
    }
}
