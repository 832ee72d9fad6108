package org.aanboord.synthetic;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;

/** The official Flemish school calendars of the years the generator covers, in the agreement contract's form. */
final class FlemishCalendars {

    static final List<SchoolCalendar> ALL = List.of(
            new SchoolCalendar("2025-2026", day("2025-09-01"), day("2026-06-30"), List.of(
                    holiday("Herfstvakantie", "2025-10-27", "2025-11-09"),
                    holiday("Wapenstilstand", "2025-11-11", "2025-11-11"),
                    holiday("Kerstvakantie", "2025-12-22", "2026-01-04"),
                    holiday("Krokusvakantie", "2026-02-16", "2026-03-01"),
                    holiday("Paasvakantie", "2026-04-06", "2026-04-19"),
                    holiday("Dag van de Arbeid", "2026-05-01", "2026-05-01"),
                    holiday("Hemelvaart", "2026-05-14", "2026-05-15"),
                    holiday("Pinkstermaandag", "2026-05-25", "2026-05-25"))),
            new SchoolCalendar("2026-2027", day("2026-09-01"), day("2027-06-30"), List.of(
                    holiday("Herfstvakantie", "2026-10-26", "2026-11-08"),
                    holiday("Wapenstilstand", "2026-11-11", "2026-11-11"),
                    holiday("Kerstvakantie", "2026-12-21", "2027-01-03"),
                    holiday("Krokusvakantie", "2027-02-15", "2027-02-28"),
                    holiday("Paasvakantie", "2027-03-29", "2027-04-11"),
                    holiday("Hemelvaart", "2027-05-06", "2027-05-07"),
                    holiday("Pinkstermaandag", "2027-05-17", "2027-05-17"))));

    private FlemishCalendars() {
    }

    private static Holiday holiday(String name, String from, String to) {
        return new Holiday(name, day(from), day(to));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
