package org.aanboord.ingestion.adapter.out.persistence;

import java.util.Date;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.ingestion.application.RecordedHalfDay;
import org.bson.Document;

/**
 * How one half-day is stored in the ledger: a string {@code code|version|recordedAt|originalCode} (recordedAt in
 * epoch milliseconds; code and originalCode empty once revoked), one BSON value instead of a sub-document of four
 * fields, which was most of what the driver and the store encoded and decoded for a batch. Half-days stored
 * earlier as a sub-document ({@code code}, {@code originalCode}, {@code version}, {@code recordedAt}) are read too.
 */
final class LedgerEntries {

    private static final char SEPARATOR = '|';

    private LedgerEntries() {
    }

    static String write(AttendanceCode code, int version, long recordedAtMillis, String originalCode) {
        return (code == null ? "" : code.name()) + SEPARATOR + version + SEPARATOR + recordedAtMillis + SEPARATOR
                + (originalCode == null ? "" : originalCode);
    }

    static RecordedHalfDay read(Object stored) {
        if (stored instanceof Document earlier) {
            String code = earlier.getString("code");
            return new RecordedHalfDay(code == null ? null : AttendanceCode.valueOf(code), earlier.getInteger("version"));
        }
        String entry = (String) stored;
        int afterCode = entry.indexOf(SEPARATOR);
        int afterVersion = entry.indexOf(SEPARATOR, afterCode + 1);
        AttendanceCode code = afterCode == 0 ? null : AttendanceCode.valueOf(entry.substring(0, afterCode));
        return new RecordedHalfDay(code, Integer.parseInt(entry, afterCode + 1, afterVersion, 10));
    }

    /** When the half-day was recorded, or null when the entry does not say. */
    static Date recordedAt(Object stored) {
        if (stored instanceof Document earlier) {
            return earlier.getDate("recordedAt");
        }
        String entry = (String) stored;
        int afterVersion = entry.indexOf(SEPARATOR, entry.indexOf(SEPARATOR) + 1);
        int afterRecordedAt = entry.indexOf(SEPARATOR, afterVersion + 1);
        return new Date(Long.parseLong(entry, afterVersion + 1, afterRecordedAt, 10));
    }
}
