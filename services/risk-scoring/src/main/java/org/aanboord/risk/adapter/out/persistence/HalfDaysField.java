package org.aanboord.risk.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.risk.domain.HalfDayEntry;
import org.bson.Document;

/**
 * A pupil-year's half-days in the state document, compactly: one entry per school with its half-days as one text,
 * {@code "2026-09-07/AM B 1;2026-09-07/PM - 2"} (slot, code or {@code -} when revoked, registration version),
 * sorted so the same half-days always give the same document. A document per half-day made every save copy,
 * measure and re-index hundreds of small documents in the store; this is a few strings. Documents written before
 * (a document per half-day under {@code halfDays.<slot>}) are still read.
 */
final class HalfDaysField {

    static final String NAME = "halfDays";
    private static final String REVOKED = "-";

    private HalfDaysField() {
    }

    static List<Document> write(Map<String, HalfDayEntry> halfDays) {
        Map<String, TreeMap<String, HalfDayEntry>> perSchool = new TreeMap<>();
        halfDays.forEach((slot, entry) -> perSchool.computeIfAbsent(entry.schoolId(), school -> new TreeMap<>())
                .put(slot, entry));
        List<Document> schools = new ArrayList<>(perSchool.size());
        perSchool.forEach((school, slots) -> {
            StringBuilder text = new StringBuilder(slots.size() * 18);
            slots.forEach((slot, entry) -> {
                if (text.length() > 0) {
                    text.append(';');
                }
                text.append(slot).append(' ').append(entry.code() == null ? REVOKED : entry.code().name())
                        .append(' ').append(entry.version());
            });
            schools.add(new Document("school", school).append("slots", text.toString()));
        });
        return schools;
    }

    static Map<String, HalfDayEntry> read(Document state) {
        Object stored = state.get(NAME);
        Map<String, HalfDayEntry> halfDays = new HashMap<>();
        if (stored instanceof List<?> schools) {
            for (Object school : schools) {
                readSchool((Document) school, halfDays);
            }
        } else if (stored instanceof Document legacy) {
            legacy.forEach((slot, value) -> {
                Document entry = (Document) value;
                String code = entry.getString("code");
                halfDays.put(slot, new HalfDayEntry(entry.getString("schoolId"),
                        code == null ? null : AttendanceCode.valueOf(code), entry.get("version", Number.class).intValue()));
            });
        }
        return halfDays;
    }

    private static void readSchool(Document school, Map<String, HalfDayEntry> halfDays) {
        String schoolId = school.getString("school");
        String slots = school.getString("slots");
        if (slots.isEmpty()) {
            return;
        }
        for (String entry : slots.split(";")) {
            int codeStart = entry.indexOf(' ');
            int versionStart = entry.indexOf(' ', codeStart + 1);
            String code = entry.substring(codeStart + 1, versionStart);
            halfDays.put(entry.substring(0, codeStart), new HalfDayEntry(schoolId,
                    REVOKED.equals(code) ? null : AttendanceCode.valueOf(code),
                    Integer.parseInt(entry.substring(versionStart + 1))));
        }
    }
}
