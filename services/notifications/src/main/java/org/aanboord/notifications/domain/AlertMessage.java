package org.aanboord.notifications.domain;

import java.util.Locale;

/**
 * The e-mail text of an alert in Dutch (nl-BE) or English. It never names a pupil: identified recipients get a
 * link into the console, everyone else the pseudonym and a link to the alert in their inbox, nothing about the
 * pupil's school.
 */
public final class AlertMessage {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private AlertMessage() {
    }

    public static String subject(Alert alert, Locale language) {
        return "[Aan Boord] " + (isDutch(language) ? alert.titleNl() : alert.titleEn());
    }

    public static String body(Alert alert, Locale language, String consoleBaseUrl) {
        boolean nl = isDutch(language);
        StringBuilder text = new StringBuilder();
        text.append(nl ? "Beste " : "Dear ").append(alert.recipient().organisationName()).append(",\n\n");
        text.append(nl ? alert.titleNl() : alert.titleEn()).append(".\n");
        text.append(alert.explanation()).append("\n\n");
        text.append(nl ? "Leerling (pseudoniem): " : "Pupil (pseudonym): ").append(alert.pupilPseudonym()).append('\n');
        if (alert.consolePath() != null) {
            text.append(nl ? "Open de leerling in de console: " : "Open the pupil in the console: ")
                    .append(consoleBaseUrl).append(alert.consolePath()).append('\n');
        }
        text.append(nl ? "Bekijk en bevestig de melding: " : "View and acknowledge the alert: ")
                .append(consoleBaseUrl).append("/console/inbox/").append(alert.id()).append('\n');
        if (alert.dueBy() != null) {
            text.append(nl ? "Graag bevestigen uiterlijk op " : "Please acknowledge by ").append(alert.dueBy())
                    .append(nl ? " (daarna gaat de melding naar de volgende partner).\n"
                            : " (after that the alert goes to the next partner).\n");
        }
        text.append(nl ? "\nDeze e-mail bevat bewust geen namen; die ziet u alleen in de console.\n"
                : "\nThis e-mail deliberately contains no names; you only see them in the console.\n");
        return text.toString();
    }

    private static boolean isDutch(Locale language) {
        return "nl".equals(language.getLanguage());
    }
}
