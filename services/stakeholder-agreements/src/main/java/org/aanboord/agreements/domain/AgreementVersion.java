package org.aanboord.agreements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;

/** One version of a region's local agreement: who takes part, which schools, and the rules that drive alerts. */
public record AgreementVersion(
        String agreementId,
        int version,
        String title,
        String regionId,
        LocalDate effectiveFrom,
        List<Organisation> organisations,
        List<School> schools,
        List<Contact> contacts,
        List<AlertRule> rules,
        List<SchoolCalendar> calendars) {

    public AgreementVersion {
        organisations = List.copyOf(organisations);
        schools = List.copyOf(schools);
        contacts = List.copyOf(contacts);
        rules = List.copyOf(rules);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
    }

    public String key() {
        return agreementId + ":v" + version;
    }

    public AgreementPublished published(Instant at) {
        return new AgreementPublished(agreementId, version, title, regionId, effectiveFrom, at, organisations, schools,
                contacts, rules, calendars);
    }
}
