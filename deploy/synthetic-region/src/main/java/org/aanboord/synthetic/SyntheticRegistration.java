package org.aanboord.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One registration as a school's software sends it to {@code POST /api/registrations}, with when it is sent.
 *
 * @param halfDay {@code AM} or {@code PM}
 * @param kind    why it is sent: the day's registration, a late one, a correction of an earlier code, or a resend
 */
public record SyntheticRegistration(String schoolId, String pupilId, LocalDate date, String halfDay, String code,
        Kind kind, LocalDateTime sentAt) {

    public enum Kind {
        ON_TIME,
        LATE,
        CORRECTION,
        RESEND
    }

    public static final String CSV_HEADER = "schoolnummer;leerling;datum;dagdeel;code";

    /** The JSON body of {@code POST /api/registrations}; ids are generated from safe characters only. */
    public String toJson() {
        return "{\"schoolId\":\"" + schoolId + "\",\"pupilId\":\"" + pupilId + "\",\"date\":\"" + date
                + "\",\"halfDay\":\"" + halfDay + "\",\"code\":\"" + code + "\"}";
    }

    /** One row of the CSV export accepted by {@code POST /api/registrations/batch} (text/csv). */
    public String toCsvRow() {
        return schoolId + ";" + pupilId + ";" + date + ";" + halfDay + ";" + code;
    }
}
