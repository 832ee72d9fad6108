package org.aanboord.devauth;

import java.util.Map;
import java.util.Optional;

/**
 * DEVELOPMENT ONLY. Who the demo users and clients are: role and organisation of the demo agreement
 * (services/stakeholder-agreements/src/main/resources/demo/demo-region-agreement.json), following the sign-in
 * contract. Users sign in with password {@code demo}; every human role also has a client-credentials client
 * {@code dev-<user>} (secret {@code dev-secret}) so scripts like deploy/demo-flow.sh get tokens without a browser.
 */
final class DemoDirectory {

    static final String PASSWORD = "demo";
    static final String ROLE_CLIENT_SECRET = "dev-secret";
    static final String SOFTWARE_CLIENT = "school-demo-1-software";
    static final String SOFTWARE_SECRET = "dev-school-software-secret";
    static final String CONSOLE_CLIENT = "hub-console";
    static final String CONSOLE_SECRET = "dev-console-secret";
    static final String CONSOLE_REDIRECT = "http://localhost:8080/login/oauth2/code/aanboord";
    /** Where signing out of the console lands after the server ended its session too. */
    static final String CONSOLE_HOME = "http://localhost:8080/";

    /** @param name the display name, in the {@code name} claim */
    record Identity(String role, String organisationId, String name) {
    }

    static final Map<String, Identity> USERS = Map.of(
            "zorg.school1", new Identity("SCHOOL_STAFF", "school-demo-1", "Zorgcoördinator Basisschool De Linde"),
            "zorg.school2", new Identity("SCHOOL_STAFF", "school-demo-2", "Zorgcoördinator Sint-Jozefscollege"),
            "clb.worker", new Identity("CLB_WORKER", "clb-demo", "CLB-medewerker CLB Demo"),
            "regisseur", new Identity("REGISSEUR", "municipality-demo", "Regisseur Gemeente Demo"),
            "admin", new Identity("HUB_ADMIN", "hub", "Hub-beheerder"),
            "dpo", new Identity("DPO", "hub", "Functionaris voor gegevensbescherming"));

    private DemoDirectory() {
    }

    /** The identity behind a user name, a role client {@code dev-<user>} or the school software client. */
    static Optional<Identity> of(String principal) {
        if (SOFTWARE_CLIENT.equals(principal)) {
            return Optional.of(new Identity("SCHOOL_SOFTWARE", "school-demo-1", "Schoolsoftware Basisschool De Linde"));
        }
        String user = principal.startsWith("dev-") ? principal.substring("dev-".length()) : principal;
        return Optional.ofNullable(USERS.get(user));
    }
}
