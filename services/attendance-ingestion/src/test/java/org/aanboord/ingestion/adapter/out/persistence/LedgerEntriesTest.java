package org.aanboord.ingestion.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.ingestion.application.RecordedHalfDay;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class LedgerEntriesTest {

    private static final long RECORDED = 1_764_000_000_123L;

    @Test
    void aHalfDayIsOneStringThatReadsBackAsWritten() {
        String stored = LedgerEntries.write(AttendanceCode.R, 12, RECORDED, "T");

        assertThat(stored).isEqualTo("R|12|1764000000123|T");
        assertThat(LedgerEntries.read(stored)).isEqualTo(new RecordedHalfDay(AttendanceCode.R, 12));
        assertThat(LedgerEntries.recordedAt(stored)).isEqualTo(new Date(RECORDED));
    }

    @Test
    void aRevokedHalfDayHasNoCode() {
        String stored = LedgerEntries.write(null, 3, RECORDED, null);

        assertThat(stored).isEqualTo("|3|1764000000123|");
        assertThat(LedgerEntries.read(stored).revoked()).isTrue();
        assertThat(LedgerEntries.read(stored).version()).isEqualTo(3);
        assertThat(LedgerEntries.recordedAt(stored)).isEqualTo(new Date(RECORDED));
    }

    @Test
    void anOriginalCodeWithTheSeparatorInItDoesNotShiftTheOtherFields() {
        String stored = LedgerEntries.write(AttendanceCode.Z, 1, RECORDED, "Z|x");

        assertThat(LedgerEntries.read(stored)).isEqualTo(new RecordedHalfDay(AttendanceCode.Z, 1));
        assertThat(LedgerEntries.recordedAt(stored)).isEqualTo(new Date(RECORDED));
    }

    @Test
    void aHalfDayStoredEarlierAsASubDocumentIsReadToo() {
        Document earlier = new Document("code", "B").append("originalCode", "B").append("version", 2)
                .append("recordedAt", new Date(RECORDED));
        Document revoked = new Document("code", null).append("originalCode", null).append("version", 3)
                .append("recordedAt", new Date(RECORDED));

        assertThat(LedgerEntries.read(earlier)).isEqualTo(new RecordedHalfDay(AttendanceCode.B, 2));
        assertThat(LedgerEntries.recordedAt(earlier)).isEqualTo(new Date(RECORDED));
        assertThat(LedgerEntries.read(revoked).revoked()).isTrue();
    }
}
