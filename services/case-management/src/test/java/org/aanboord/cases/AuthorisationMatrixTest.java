package org.aanboord.cases;

import static org.aanboord.cases.CaseFixtures.agreementWithCalendar;
import static org.aanboord.cases.CaseFixtures.crossing;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.UUID;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.cases.application.CaseSignalling;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.testsupport.AccessMatrix;
import org.aanboord.testsupport.AccessMatrix.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every endpoint × every role, own tenant and another, on a problematic-absence case of School West (served by
 * clb-west, in municipality-cal): only its school and its CLB take part. The regisseur lists cases (its query
 * returns only early-leaver cases of its municipality) but may not open this one; hub roles and school software
 * see no cases at all; the DPO reads the audit trail and
 * the retention reports, the hub admin the retention reports and starts a purge run.
 */
class AuthorisationMatrixTest extends CaseServiceSupport {

    @Autowired
    MockMvc http;
    @Autowired
    AgreementDirectory agreements;
    @Autowired
    CaseSignalling signalling;
    @Autowired
    CaseQueries cases;

    @Test
    void everyEndpointAdmitsExactlyItsRolesAndTenantsAndRefusesBadTokens() throws Exception {
        String agreementId = "agreement-matrix-" + UUID.randomUUID();
        String west = agreementId + "-school-west";
        String oost = agreementId + "-school-oost";
        agreements.record(agreementWithCalendar(agreementId));
        String pupil = CaseFixtures.pupil();
        signalling.assessmentChanged(crossing(agreementId, pupil, west, clock.instant()));
        String caseId = cases.find(new CaseFilter(west, null, null, null, null, null, 0, 10), CaseScope.EVERYTHING)
                .cases().get(0).caseId();
        String one = "/api/cases/" + caseId;

        List<Caller> callers = List.of(
                new Caller("school", "SCHOOL_STAFF", west),
                new Caller("school-other", "SCHOOL_STAFF", oost),
                new Caller("software", "SCHOOL_SOFTWARE", west),
                new Caller("clb", "CLB_WORKER", "clb-west"),
                new Caller("clb-other", "CLB_WORKER", "clb-oost"),
                new Caller("regisseur", "REGISSEUR", "municipality-cal"),
                new Caller("regisseur-other", "REGISSEUR", "municipality-elsewhere"),
                new Caller("admin", "HUB_ADMIN", "hub"),
                new Caller("dpo", "DPO", "hub"));
        String[] team = {"school", "clb"};
        new AccessMatrix(http, callers)
                .endpoint(GET, "/api/cases?schoolId=" + west, null, "school", "school-other", "clb", "clb-other",
                        "regisseur", "regisseur-other")
                .endpoint(GET, one, null, team)
                .endpoint(GET, one + "/history", null, team)
                .endpoint(GET, one + "/notes", null, team)
                .endpoint(POST, one + "/transitions", "{\"to\":\"FORGOTTEN\"}", team)
                .endpoint(POST, one + "/actions", "{}", team)
                .endpoint(POST, one + "/actions/no-such-action/completion", "{}", team)
                .endpoint(PUT, one + "/support-plan", "{\"goals\":\"not a list\"}", team)
                .endpoint(POST, one + "/contacts", "{\"at\":\"not a time\"}", team)
                .endpoint(POST, one + "/conferences", "{\"date\":\"not a date\"}", team)
                .endpoint(PUT, one + "/transition-record", "{\"effectiveDate\":\"not a date\"}", team)
                .endpoint(POST, one + "/transition-record/acknowledgement", "{}", team)
                .endpoint(POST, one + "/notes", "{\"confidentiality\":\"NOT_A_LEVEL\"}", team)
                .endpoint(POST, one + "/assignment", "{}", team)
                .endpoint(POST, one + "/team", "{\"role\":\"NOT_A_ROLE\"}", team)
                .endpoint(POST, one + "/referrals", "{\"kind\":\"NOT_A_KIND\"}", team)
                .endpoint(POST, one + "/referrals/no-such-referral/feedback", "{}", team)
                .endpoint(GET, "/api/audit", null, "dpo")
                .endpoint(GET, "/api/audit/verification", null, "dpo")
                .endpoint(GET, "/api/admin/retention-reports", null, "admin", "dpo")
                .endpoint(POST, "/api/admin/retention-runs", null, "admin")
                .verify();
    }
}
