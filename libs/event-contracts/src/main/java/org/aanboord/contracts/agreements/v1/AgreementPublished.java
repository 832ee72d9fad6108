package org.aanboord.contracts.agreements.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a local agreement (draaiboek) was published. It applies to decisions about half-days on or after
 * {@code effectiveFrom}, until a later version takes effect. Consumers rebuild their view from this topic alone.
 */
public record AgreementPublished(
        String agreementId,
        int version,
        String title,
        String regionId,
        LocalDate effectiveFrom,
        Instant publishedAt,
        List<Organisation> organisations,
        List<School> schools,
        List<Contact> contacts,
        List<AlertRule> rules,
        List<SchoolCalendar> calendars) implements AgreementLifecycleEvent {

    public AgreementPublished {
        calendars = calendars == null ? List.of() : calendars;
    }
}
