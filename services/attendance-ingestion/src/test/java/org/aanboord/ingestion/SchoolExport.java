package org.aanboord.ingestion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates a school-software export as a Dutch CSV (semicolons, BOM, day-first dates): valid rows for many pupils,
 * exact repeats, and rows of every faulty kind, remembering the line and rule each faulty row must be reported with.
 */
final class SchoolExport {

    static final String HEADER = "Schoolnummer;Leerling;Rijksregisternummer;Datum;Dagdeel;Code";
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] CODES = {"A", "R", "Z", "H", "P", "M", "B", "D", "T", "C"};

    final String school;
    final String run = Long.toString(System.nanoTime(), 36);
    final StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
    final Set<String> validPupils = new HashSet<>();
    final Map<Integer, String> faultyLines = new HashMap<>();
    int validRows;
    int repeats;
    private int line = 1;

    SchoolExport(String school) {
        this.school = school;
    }

    /**
     * @param valid       distinct valid half-days
     * @param faultyEach  rows of each faulty kind
     */
    static SchoolExport generate(String school, int valid, int faultyEach, LocalDate today) {
        SchoolExport export = new SchoolExport(school);
        List<LocalDate> days = schoolDays();
        int repeatEvery = 97;
        int faultyKind = 0;
        int faultyWritten = 0;
        int totalFaulty = faultyEach * FaultyKind.values().length;
        for (int i = 0; i < valid; i++) {
            String pupil = "lln-" + export.run + "-" + i / (days.size() * 2);
            LocalDate day = days.get(i / 2 % days.size());
            String halfDay = i % 2 == 0 ? "VM" : "NM";
            String row = school + ";" + pupil + ";;" + DUTCH.format(day) + ";" + halfDay + ";" + CODES[i % CODES.length];
            export.row(row);
            export.validPupils.add(pupil);
            export.validRows++;
            if (i % repeatEvery == 0) {
                export.row(row);
                export.repeats++;
            }
            if (faultyWritten < totalFaulty && i % Math.max(1, valid / totalFaulty) == 0) {
                FaultyKind kind = FaultyKind.values()[faultyKind++ % FaultyKind.values().length];
                export.faulty(kind, faultyWritten++, today);
            }
        }
        while (faultyWritten < totalFaulty) {
            export.faulty(FaultyKind.values()[faultyKind++ % FaultyKind.values().length], faultyWritten++, today);
        }
        return export;
    }

    enum FaultyKind {
        UNKNOWN_SCHOOL("unknown-school"), UNKNOWN_CODE("unknown-code"), WRONG_CHECK_DIGITS("invalid-national-number"),
        MALFORMED_NATIONAL_NUMBER("invalid-national-number"), IMPOSSIBLE_DATE("impossible-date"),
        FUTURE_DATE("future-date"), WEEKEND("not-a-school-day"), HOLIDAY("not-a-school-day"),
        AFTER_SCHOOL_YEAR("outside-school-year"), YEAR_WITHOUT_CALENDAR("outside-school-year"),
        MISSING_CODE("required"), MISSING_PUPIL("required"), INJECTION_ID("unsafe-id"), MARKUP_ID("unsafe-id"),
        TOO_FEW_FIELDS("malformed"), CONFLICT("conflict-in-batch");

        final String rule;

        FaultyKind(String rule) {
            this.rule = rule;
        }
    }

    private void faulty(FaultyKind kind, int n, LocalDate today) {
        String pupil = "bad-" + run + "-" + n;
        String day = "16/11/2026";
        String row = switch (kind) {
            case UNKNOWN_SCHOOL -> "school-nowhere;" + pupil + ";;" + day + ";VM;B";
            case UNKNOWN_CODE -> school + ";" + pupil + ";;" + day + ";VM;Q";
            case WRONG_CHECK_DIGITS -> school + ";;85073003329;" + day + ";VM;B";
            case MALFORMED_NATIONAL_NUMBER -> school + ";;85-07-30;" + day + ";VM;B";
            case IMPOSSIBLE_DATE -> school + ";" + pupil + ";;30/02/2026;VM;B";
            case FUTURE_DATE -> school + ";" + pupil + ";;" + DUTCH.format(today.plusDays(7)) + ";VM;B";
            case WEEKEND -> school + ";" + pupil + ";;03/10/2026;VM;B";
            case HOLIDAY -> school + ";" + pupil + ";;04/11/2026;VM;B";
            case AFTER_SCHOOL_YEAR -> school + ";" + pupil + ";;15/07/2026;VM;B";
            case YEAR_WITHOUT_CALENDAR -> school + ";" + pupil + ";;15/10/2024;VM;B";
            case MISSING_CODE -> school + ";" + pupil + ";;" + day + ";VM;";
            case MISSING_PUPIL -> school + ";;;" + day + ";VM;B";
            case INJECTION_ID -> school + ";' OR '1'='1;;" + day + ";VM;B";
            case MARKUP_ID -> school + ";<script>alert(1)</script>;;" + day + ";VM;B";
            case TOO_FEW_FIELDS -> school + ";" + pupil + ";" + day + ";VM;B";
            case CONFLICT -> school + ";" + pupil + ";;" + day + ";NM;B";
        };
        faultyLines.put(row(row), kind.rule);
        if (kind == FaultyKind.CONFLICT) {
            faultyLines.put(row(school + ";" + pupil + ";;" + day + ";NM;Z"), kind.rule);
        }
    }

    private int row(String row) {
        csv.append(row).append("\r\n");
        return ++line;
    }

    int distinctFaultyRows() {
        return faultyLines.size();
    }

    /** Weekdays of the calendar school from 1 September to 20 November 2026, without the autumn holiday. */
    static List<LocalDate> schoolDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 9, 1); !day.isAfter(LocalDate.of(2026, 11, 20)); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean holiday = !day.isBefore(LocalDate.of(2026, 11, 2)) && !day.isAfter(LocalDate.of(2026, 11, 8));
            if (!weekend && !holiday) {
                days.add(day);
            }
        }
        return days;
    }
}
