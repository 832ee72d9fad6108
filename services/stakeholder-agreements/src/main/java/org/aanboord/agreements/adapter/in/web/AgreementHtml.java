package org.aanboord.agreements.adapter.in.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.Contributor;
import org.aanboord.agreements.domain.FollowUp;
import org.aanboord.agreements.domain.OperationalObjective;
import org.aanboord.agreements.domain.PhaseAgreement;
import org.aanboord.agreements.domain.PlanAction;
import org.aanboord.agreements.domain.Regie;
import org.aanboord.agreements.domain.ResultIndicator;
import org.aanboord.agreements.domain.StrategicObjective;
import org.aanboord.contracts.agreements.v1.AgreementPhase;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.School;

/**
 * The agreement as a printable document that follows the draaiboek's sections and Dutch headings, so the partners
 * can read and sign what the platform runs on.
 */
final class AgreementHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-BE"));
    private static final Map<AgreementPhase, String> PHASES = Map.of(
            AgreementPhase.MONITORING_IDENTIFICATION, "1.4.1. Monitoring & identificatie",
            AgreementPhase.PREVENTION, "1.4.2. Preventie",
            AgreementPhase.INTERVENTION, "1.4.3. Interventie",
            AgreementPhase.COMPENSATION, "1.4.4. Compensatie");
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("NOT_STARTED", "nog niet gestart"), Map.entry("ONGOING", "lopend"),
            Map.entry("FULFILLED", "vervuld"), Map.entry("PLANNED", "gepland"), Map.entry("IN_PROGRESS", "bezig"),
            Map.entry("DONE", "afgerond"), Map.entry("DELAYED", "vertraagd"), Map.entry("CANCELLED", "geannuleerd"),
            Map.entry("UNIVERSAL", "voor alle leerlingen"), Map.entry("DIFFERENTIATED", "gedifferentieerd"));
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
            + "table{border-collapse:collapse;width:100%;margin:.5em 0 1em}th,td{border:1px solid #999;padding:.3em;"
            + "text-align:left;vertical-align:top}th{background:#eee}.draft{color:#b00;font-weight:bold}"
            + "@media print{h2{page-break-before:always}h2.first{page-break-before:avoid}}";

    String render(AgreementVersion agreement, boolean draft) {
        Map<String, String> names = names(agreement);
        Html html = new Html().raw("<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>")
                .raw(Html.escape(agreement.title())).raw("</title><style>").raw(STYLE).raw("</style></head>\n<body>\n");
        html.element("h1", agreement.title());
        if (draft) {
            html.raw("<p class=\"draft\">ONTWERP – nog niet gepubliceerd</p>\n");
        }
        html.element("p", "Lokaal afsprakenkader tussen scholen, CLB's, VDAB en andere actoren – versie "
                + agreement.version() + ", van toepassing vanaf " + day(agreement.effectiveFrom()));
        if (agreement.region() != null) {
            html.element("p", "Regio " + agreement.region().name() + ": " + join(agreement.region().municipalityIds(), names));
        }
        html.raw("<h2 class=\"first\">1. Invullen van het draaiboek</h2>\n");
        contacts(html, agreement, names);
        regie(html, agreement.regie(), names);
        objectives(html, agreement, names);
        agreements(html, agreement, names);
        followUp(html, agreement.followUp());
        signatures(html, agreement);
        return html.raw("</body>\n</html>\n").toString();
    }

    private static void contacts(Html html, AgreementVersion agreement, Map<String, String> names) {
        html.element("h3", "1.1. Contactgegevens");
        html.element("h4", "Wie speelt er op lokaal niveau allemaal een rol bij de aanval op schooluitval?");
        html.table(List.of("Instantie", "Contactpersoon", "Rol", "E-mailadres", "Telefoonnummer", "Opmerkingen"),
                agreement.contacts().stream().map(contact -> List.of(name(contact.organisationId(), names),
                        text(contact.fullName()), text(contact.role()), text(contact.email()), text(contact.phone()),
                        text(contact.remarks()))).toList());
        html.element("h4", "Wie kan er bijdragen bij de reductie van het aantal vroegtijdig schoolverlaters?");
        html.table(List.of("Instantie", "Contactpersoon", "E-mailadres", "Telefoonnummer", "Opmerkingen"),
                agreement.contributors().stream().map((Contributor c) -> List.of(name(c.organisationId(), names),
                        text(c.fullName()), text(c.email()), text(c.phone()), text(c.remarks()))).toList());
        html.element("h4", "Scholen");
        html.table(List.of("School", "CLB", "Gemeente"), agreement.schools().stream()
                .map((School school) -> List.of(school.name(), name(school.clbId(), names),
                        name(school.municipalityId(), names))).toList());
    }

    private static void regie(Html html, Regie regie, Map<String, String> names) {
        html.element("h3", "1.2. Regiefunctie");
        if (regie == null) {
            html.answer("Wie neemt de regiefunctie op zich?", null);
            return;
        }
        html.answer("Wie neemt de regiefunctie op zich?", name(regie.organisationId(), names)
                + (regie.contactId() == null ? "" : " – " + name(regie.contactId(), names)));
        html.answer("Hoe wordt de regiefunctie ingevuld?", regie.howFilledIn());
        html.element("h4", "De regisseur neemt minimaal volgende rol op:");
        List<String> duties = new ArrayList<>();
        regie.minimumDuties().forEach(duty -> duties.add(duty.duty().dutch() + " (" + status(duty.status()) + ")"));
        duties.addAll(regie.additionalDuties());
        html.list(duties);
        html.element("h4", "Wat kunnen de andere stakeholders van de regisseur verwachten?");
        html.list(regie.expectations());
        if (regie.customRoleDescription() != null) {
            html.answer("(Deze rol) wordt als volgt ingevuld", regie.customRoleDescription());
        }
    }

    private static void objectives(Html html, AgreementVersion agreement, Map<String, String> names) {
        html.element("h3", "1.3. Doelstellingen en concrete acties");
        List<List<String>> rows = new ArrayList<>();
        for (StrategicObjective strategic : agreement.objectives()) {
            rows.add(List.of("Strategische " + strategic.code(), text(strategic.description()),
                    join(strategic.responsible(), names), "", ""));
            for (OperationalObjective operational : strategic.operational()) {
                rows.add(List.of("Operationele " + operational.code(), text(operational.description()),
                        join(operational.responsible(), names), "", ""));
                for (PlanAction action : operational.actions()) {
                    rows.add(List.of(text(action.code()), text(action.description()),
                            join(action.responsible(), names), day(action.dueDate()),
                            dutch(action.status())));
                }
            }
        }
        html.table(List.of("", "Omschrijving DS of ACTIE", "Verantwoordelijke", "Deadline", "Status"), rows);
        html.element("h4", "Resultaatsindicatoren");
        html.table(List.of("Indicator", "Maatstaf", "Timing", "Actuele waarde", "Streefwaarde"),
                agreement.indicators().stream().map((ResultIndicator indicator) -> List.of(text(indicator.name()),
                        text(indicator.measure()), text(indicator.timing()),
                        indicator.currentValue() == null ? "nog niet gemeten"
                                : number(indicator.currentValue().value()) + " " + text(indicator.unit()) + " ("
                                        + day(indicator.currentValue().measuredOn()) + ")",
                        indicator.target() == null ? "" : number(indicator.target().value()) + " "
                                + text(indicator.unit()) + " tegen " + day(indicator.target().targetDate())))
                        .toList());
    }

    private static void agreements(Html html, AgreementVersion agreement, Map<String, String> names) {
        html.element("h3", "1.4. Afspraken");
        html.element("h4", "Welke afspraken zijn nodig om de doelstellingen te realiseren?");
        html.list(agreement.generalAgreements());
        for (AgreementPhase phase : AgreementPhase.values()) {
            html.element("h3", PHASES.get(phase));
            PhaseAgreement section = agreement.phases().stream().filter(p -> p.phase() == phase).findFirst()
                    .orElse(null);
            if (section != null) {
                html.element("p", text(section.description()));
                if (!section.themes().isEmpty()) {
                    html.element("p", "Thema's: " + String.join(", ", section.themes()));
                }
                if (!section.educationLevels().isEmpty() || section.approach() != null) {
                    html.element("p", "Onderwijsniveau: " + String.join(", ", section.educationLevels())
                            + (section.approach() == null ? "" : " – aanpak: " + dutch(section.approach())));
                }
                html.element("h4", "Wie neemt welk engagement?");
                html.table(List.of("Instantie", "Engagement"), section.engagements().stream()
                        .map(engagement -> List.of(name(engagement.organisationId(), names),
                                text(engagement.commitment()))).toList());
            }
            List<AlertRule> rules = agreement.rules().stream().filter(rule -> rule.phase() == phase).toList();
            if (!rules.isEmpty()) {
                html.element("h4", "Afspraken die het platform uitvoert");
                html.table(List.of("Signaal", "Drempel", "Wie wordt verwittigd", "Wie handelt, binnen", "Escalatie"),
                        rules.stream().map(AgreementHtml::ruleRow).toList());
            }
        }
    }

    private static List<String> ruleRow(AlertRule rule) {
        RecipientParty acting = rule.actingParty() != null ? rule.actingParty()
                : rule.recipients().isEmpty() ? null : rule.recipients().get(0).party();
        String act = rule.actWithinSchoolDays() == null ? "–"
                : party(acting) + ", binnen " + rule.actWithinSchoolDays() + " schooldagen";
        String window = rule.windowSchoolDays() == null ? "" : " binnen " + rule.windowSchoolDays() + " schooldagen";
        return List.of(text(rule.description()) + " (" + rule.measure() + ")",
                "≥ " + rule.threshold() + window + (rule.opensCase() ? "; opent een begeleidingsdossier" : ""),
                rule.recipients().stream().map((Recipient r) -> party(r.party())).collect(Collectors.joining(", ")),
                act, rule.escalateTo() == null ? "–" : party(rule.escalateTo()));
    }

    private static void followUp(Html html, FollowUp followUp) {
        html.element("h3", "1.5. Opvolging en evaluatie");
        FollowUp f = followUp == null ? new FollowUp(null, null, null, null, null, null) : followUp;
        html.answer("Hoe wordt de realisatie van de vooropgestelde doelstellingen + de gemaakte "
                + "afspraken/engagementen opgevolgd?", f.method());
        html.answer("Hoe vaak komen alle stakeholders samen om de uitrol van het draaiboek te bespreken?",
                cadence(f.meetingFrequency()) + (f.evaluationFrequency() == null ? ""
                        : "; evaluatie " + cadence(f.evaluationFrequency())));
        html.answer("Hoe verhouden de afspraken die hier gemaakt worden zich tot beleidsplannen/afsprakennota's "
                + "tussen scholen en CLB's?", f.relationToClbSchoolPlans());
        html.answer("Hoe verhouden de afspraken die hier gemaakt worden zich met de planning van het flankerend "
                + "onderwijsbeleid?", f.relationToFlankerendBeleid());
        html.answer("Hoe verhouden de afspraken die hier gemaakt worden zich met de planning van de LOP's en "
                + "andere partners?", f.relationToLopAndPartnerPlans());
    }

    private static void signatures(Html html, AgreementVersion agreement) {
        html.raw("<h2>Ondertekening</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        agreement.organisations().forEach(organisation -> rows.add(List.of(organisation.name(), "", "", "")));
        agreement.schools().forEach(school -> rows.add(List.of(school.name(), "", "", "")));
        html.table(List.of("Instantie", "Naam en functie", "Datum", "Handtekening"), rows);
    }

    private static Map<String, String> names(AgreementVersion agreement) {
        Map<String, String> names = new HashMap<>();
        agreement.organisations().forEach((Organisation o) -> names.put(o.id(), o.name()));
        agreement.schools().forEach((School s) -> names.put(s.id(), s.name()));
        agreement.contacts().forEach((Contact c) -> names.put(c.id(), c.fullName()));
        return names;
    }

    private static String name(String id, Map<String, String> names) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    private static String join(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> name(id, names)).collect(Collectors.joining(", "));
    }

    private static String party(RecipientParty party) {
        if (party == null) {
            return "";
        }
        return switch (party) {
            case SCHOOL -> "de school (zorgcoördinator)";
            case CLB -> "het CLB van de school";
            case MUNICIPALITY -> "de gemeente (regisseur)";
            default -> party.name();
        };
    }

    private static String status(Object status) {
        return status == null ? "nog niet gestart" : dutch(status);
    }

    /** Status and approach codes as the partners say them; an unknown code is shown as it is. */
    private static String dutch(Object code) {
        if (code == null) {
            return "";
        }
        return DUTCH.getOrDefault(code.toString(), code.toString());
    }

    private static String cadence(String period) {
        return period == null ? "…" : switch (period) {
            case "P1M" -> "maandelijks";
            case "P3M" -> "elk trimester (om de 3 maanden)";
            case "P6M" -> "halfjaarlijks";
            case "P1Y" -> "jaarlijks";
            default -> period;
        };
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
