package org.aanboord.agreements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.Regisseur;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;

/**
 * One version of a region's local agreement (draaiboek): who takes part, which schools, the regisseur, the
 * objectives and actions, the result indicators, the four phase agreements with their machine-readable rules,
 * and how it is followed up. What consumers need for routing travels on {@code agreements.lifecycle.v1}; the
 * rest is read here.
 */
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
        List<SchoolCalendar> calendars,
        Region region,
        List<Contributor> contributors,
        Regie regie,
        List<StrategicObjective> objectives,
        List<ResultIndicator> indicators,
        List<String> generalAgreements,
        List<PhaseAgreement> phases,
        FollowUp followUp) {

    public AgreementVersion {
        organisations = Lists.copy(organisations);
        schools = Lists.copy(schools);
        contacts = Lists.copy(contacts);
        rules = Lists.copy(rules);
        calendars = Lists.copy(calendars);
        contributors = Lists.copy(contributors);
        objectives = Lists.copy(objectives);
        indicators = Lists.copy(indicators);
        generalAgreements = Lists.copy(generalAgreements);
        phases = Lists.copy(phases);
    }

    public String key() {
        return agreementId + ":v" + version;
    }

    /** The same content as another version number of the same agreement (drafts get their number at saving). */
    public AgreementVersion numbered(String id, int number) {
        return new AgreementVersion(id, number, title, regionId, effectiveFrom, organisations, schools, contacts,
                rules, calendars, region, contributors, regie, objectives, indicators, generalAgreements, phases,
                followUp);
    }

    /** The same content, applying from another day. */
    public AgreementVersion effective(LocalDate from) {
        return new AgreementVersion(agreementId, version, title, regionId, from, organisations, schools, contacts,
                rules, calendars, region, contributors, regie, objectives, indicators, generalAgreements, phases,
                followUp);
    }

    public AgreementPublished published(Instant at) {
        Regisseur regisseur = regie == null ? null : new Regisseur(regie.organisationId(), regie.contactId());
        return new AgreementPublished(agreementId, version, title, regionId, effectiveFrom, at, organisations, schools,
                contacts, rules, calendars, regisseur);
    }
}
