package org.aanboord.ingestion.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aanboord.ingestion.application.NumberedRequest;
import org.aanboord.ingestion.application.RowError;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.Rejection;
import org.aanboord.ingestion.domain.RegistrationRequest;

/**
 * Maps the columns of a school-software export onto registrations. Headers are matched without regard to case,
 * spaces, '_' or '-', in English or Dutch (see the README for the layout). A column that is not one of these is
 * refused, so names or other personal data in an export never enter the service.
 */
final class CsvRegistrations {

    enum Column {
        SCHOOL("schoolId", "schoolid", "school", "schoolnummer", "instellingsnummer", "instelling"),
        PUPIL("pupilId", "pupilid", "pupil", "leerling", "leerlingid", "leerlingnummer", "stamboeknummer",
                "internnummer"),
        NATIONAL_NUMBER("nationalNumber", "nationalnumber", "rijksregisternummer", "rrn", "insz", "insznummer"),
        DATE("date", "date", "datum"),
        HALF_DAY("halfDay", "halfday", "dagdeel", "moment"),
        CODE("code", "code", "afwezigheidscode", "registratiecode");

        final String field;
        final List<String> names;

        Column(String field, String... names) {
            this.field = field;
            this.names = List.of(names);
        }
    }

    /** The rows that could be read, and the lines that could not. */
    record Rows(List<NumberedRequest> requests, List<RowError> unreadable) {
        List<String> schoolIds() {
            return requests.stream().map(row -> row.request().schoolId()).toList();
        }
    }

    private CsvRegistrations() {
    }

    static Rows read(byte[] body) {
        List<CsvTable.Line> lines = CsvTable.read(body);
        if (lines.isEmpty()) {
            throw new CsvFormatException("header", "is missing: the file is empty");
        }
        Map<Column, Integer> positions = columns(lines.get(0));
        int width = lines.get(0).fields().size();
        List<NumberedRequest> requests = new ArrayList<>(lines.size());
        List<RowError> unreadable = new ArrayList<>();
        for (CsvTable.Line line : lines.subList(1, lines.size())) {
            if (line.fields().size() != width) {
                unreadable.add(new RowError(line.number(), "line", Rejection.MALFORMED.ruleName(),
                        "has " + line.fields().size() + " fields where the header has " + width));
                continue;
            }
            requests.add(new NumberedRequest(line.number(), new RegistrationRequest(
                    value(line, positions, Column.SCHOOL), value(line, positions, Column.PUPIL),
                    value(line, positions, Column.NATIONAL_NUMBER), value(line, positions, Column.DATE),
                    value(line, positions, Column.HALF_DAY), value(line, positions, Column.CODE))));
        }
        return new Rows(requests, unreadable);
    }

    private static Map<Column, Integer> columns(CsvTable.Line header) {
        Map<Column, Integer> positions = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            Column column = column(name);
            if (column == null) {
                errors.add(new FieldError("header", Rejection.NOT_ACCEPTED, "column " + (i + 1)
                        + quoted(header.fields().get(i)) + " is not accepted; accepted columns: schoolnummer, leerling, rijksregisternummer, datum, "
                        + "dagdeel, code (or schoolId, pupilId, nationalNumber, date, halfDay, code)"));
            } else if (positions.putIfAbsent(column, i) != null) {
                errors.add(new FieldError("header", Rejection.MALFORMED,
                        "column " + (i + 1) + " repeats " + column.field));
            }
        }
        for (Column required : List.of(Column.SCHOOL, Column.DATE, Column.HALF_DAY, Column.CODE)) {
            if (!positions.containsKey(required)) {
                errors.add(new FieldError("header", Rejection.REQUIRED, "needs a " + required.field + " column"));
            }
        }
        if (!positions.containsKey(Column.PUPIL) && !positions.containsKey(Column.NATIONAL_NUMBER)) {
            errors.add(new FieldError("header", Rejection.REQUIRED, "needs a pupilId or nationalNumber column"));
        }
        if (!errors.isEmpty()) {
            throw new CsvFormatException(errors);
        }
        return positions;
    }

    private static String quoted(String name) {
        return name.matches("[\\p{L}0-9 _-]{1,40}") ? " '" + name + "'" : "";
    }

    private static Column column(String name) {
        for (Column column : Column.values()) {
            if (column.names.contains(name)) {
                return column;
            }
        }
        return null;
    }

    private static String value(CsvTable.Line line, Map<Column, Integer> positions, Column column) {
        Integer position = positions.get(column);
        if (position == null) {
            return null;
        }
        String value = line.fields().get(position).trim();
        return value.isEmpty() ? null : value;
    }
}
