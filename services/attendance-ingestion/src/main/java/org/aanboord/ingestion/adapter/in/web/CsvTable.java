package org.aanboord.ingestion.adapter.in.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV export into records with their line numbers: UTF-8 with or without byte-order mark, ';' or ','
 * (whichever the header line uses), fields optionally in double quotes with "" for a quote. Blank lines are skipped
 * but still counted, so line numbers match what the school sees in an editor.
 */
final class CsvTable {

    /** One record and the line it starts on (the header is line 1). */
    record Line(int number, List<String> fields) {
    }

    private CsvTable() {
    }

    static List<Line> read(byte[] body) {
        String text = decode(body);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int lineNumber = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                addRecord(lines, recordStart, fields, field, fieldStarted);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                lineNumber++;
                recordStart = lineNumber;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvFormatException("line", "line " + recordStart + " opens a quote that is never closed");
        }
        addRecord(lines, recordStart, fields, field, fieldStarted);
        return lines;
    }

    private static void addRecord(List<Line> lines, int number, List<String> fields, StringBuilder field,
            boolean fieldStarted) {
        if (!fieldStarted && fields.isEmpty() && field.isEmpty()) {
            return;
        }
        fields.add(field.toString());
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        lines.add(new Line(number, List.copyOf(fields)));
    }

    /** The header line decides: Belgian exports use ';' (Excel with a comma decimal separator), others ','. */
    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException("file", "is not UTF-8; export the file as UTF-8 (with or without BOM)");
        }
    }
}
