package org.aanboord.contracts.agreements.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a local agreement (draaiboek) was published. It applies to decisions about half-days on or after
 * {@code effectiveFrom}, until a later version takes effect. Consumers rebuild their view from this topic alone.
 *
 * @param regisseur who coordinates the agreement; null in versions published before it was part of the contract
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
        List<SchoolCalendar> calendars,
        Regisseur regisseur) implements AgreementLifecycleEvent {

    public AgreementPublished {
        calendars = calendars == null ? List.of() : calendars;
    }

    /** A version as published before the regisseur was part of the contract. */
    public AgreementPublished(String agreementId, int version, String title, String regionId, LocalDate effectiveFrom,
            Instant publishedAt, List<Organisation> organisations, List<School> schools, List<Contact> contacts,
            List<AlertRule> rules, List<SchoolCalendar> calendars) {
        this(agreementId, version, title, regionId, effectiveFrom, publishedAt, organisations, schools, contacts, rules,
                calendars, null);
    }
}
