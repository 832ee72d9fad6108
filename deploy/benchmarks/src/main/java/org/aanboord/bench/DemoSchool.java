package org.aanboord.bench;

import org.aanboord.synthetic.SyntheticRegistration;

/**
 * The demo agreement's first school and its software's sign-in at dev-auth: what a running {@code ./run-local.sh}
 * accepts without another agreement being published into it. Synthetic pupils of any school are sent as its pupils.
 */
final class DemoSchool {

    static final String ID = "school-demo-1";

    private DemoSchool() {
    }

    static SyntheticRegistration enrolled(SyntheticRegistration registration) {
        return new SyntheticRegistration(ID, registration.pupilId(), registration.date(), registration.halfDay(),
                registration.code(), registration.kind(), registration.sentAt());
    }

    /** Client credentials of the school's software ({@code bench.issuer}, default {@code http://localhost:9000}). */
    static SchoolTokens software() {
        return SchoolTokens.devAuth(System.getProperty("bench.issuer", "http://localhost:9000"), ID + "-software",
                System.getProperty("bench.software-secret", "dev-school-software-secret"));
    }
}
