package org.aanboord.ingestion.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.aanboord.ingestion.application.RowError;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.RegistrationRequest;
import org.junit.jupiter.api.Test;

class CsvRegistrationsTest {

    @Test
    void aDutchSemicolonExportWithByteOrderMarkIsRead() {
        byte[] file = ("\uFEFFSchoolnummer;Leerling;Rijksregisternummer;Datum;Dagdeel;Code\r\n"
                + "school-1;lln-1;;20/11/2026;VM;B\r\n"
                + "\r\n"
                + "school-1;;\"85.07.30-033.28\";20/11/2026;NM;Z\r\n").getBytes(StandardCharsets.UTF_8);

        CsvRegistrations.Rows rows = CsvRegistrations.read(file);

        assertThat(rows.requests()).extracting(row -> row.line()).containsExactly(2, 4);
        assertThat(rows.requests().get(0).request())
                .isEqualTo(new RegistrationRequest("school-1", "lln-1", null, "20/11/2026", "VM", "B"));
        assertThat(rows.requests().get(1).request().nationalNumber()).isEqualTo("85.07.30-033.28");
    }

    @Test
    void aCommaSeparatedEnglishExportWithoutBomIsRead() {
        byte[] file = "school_id,pupil_id,date,half_day,code\nschool-1,\"a,b\",2026-11-20,AM,Z\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CsvRegistrations.read(file).requests()).singleElement()
                .satisfies(row -> assertThat(row.request().pupilId()).isEqualTo("a,b"));
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReportedWithItsLineNumber() {
        byte[] file = "schoolnummer;leerling;datum;dagdeel;code\nschool-1;p;2026-11-20;VM\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CsvRegistrations.read(file).unreadable()).extracting(RowError::line, RowError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "malformed"));
    }

    @Test
    void aColumnThatIsNotAcceptedRefusesTheFileSoNamesNeverEnter() {
        byte[] file = "schoolnummer;leerling;naam;etniciteit;datum;dagdeel;code\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRegistrations.read(file)).isInstanceOfSatisfying(CsvFormatException.class,
                e -> assertThat(e.errors()).extracting(FieldError::reason)
                        .anySatisfy(reason -> assertThat(reason).contains("'naam'"))
                        .anySatisfy(reason -> assertThat(reason).contains("'etniciteit'")));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "schoolnummer;leerling;datum;dagdeel;code\nschool-1;Zo\u00eb;2026-11-20;VM;B\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvRegistrations.read(latin1)).isInstanceOf(CsvFormatException.class);
    }
}
