package org.aanboord.risk;

import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.testsupport.AccessMatrix;
import org.aanboord.testsupport.AccessMatrix.Caller;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every role, own tenant and another: a pupil's assessment only for its school and its CLB (others
 * get 404, as for an unknown pupil: a pseudonym is never confirmed to them); back-tests (counts only) for who drafts
 * rules; rebuilds and purge runs for the hub admin; the retention reports for the hub admin and the DPO; the audit
 * trail for the DPO.
 */
class AuthorisationMatrixTest extends RiskScoringIntegrationSupport {

    @Test
    void everyEndpointAdmitsExactlyItsRolesAndTenantsAndRefusesBadTokens() throws Exception {
        String school = "school-matrix-" + run;
        String pupil = pupil("matrix");
        agreement("agreement-matrix-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school, school + "-b"), List.of());
        register(pupil, school, LocalDate.of(2026, 9, 7), HalfDay.AM, AttendanceCode.B);
        await().until(() -> http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", "2026-2027")
                .with(TestTokens.as("SCHOOL_STAFF", school))).andReturn().getResponse().getStatus() == 200);

        List<Caller> callers = List.of(
                new Caller("school", "SCHOOL_STAFF", school),
                new Caller("school-other", "SCHOOL_STAFF", school + "-b"),
                new Caller("software", "SCHOOL_SOFTWARE", school),
                new Caller("clb", "CLB_WORKER", "clb-it"),
                new Caller("clb-other", "CLB_WORKER", "clb-elsewhere"),
                new Caller("regisseur", "REGISSEUR", "municipality-it"),
                new Caller("regisseur-other", "REGISSEUR", "municipality-elsewhere"),
                new Caller("admin", "HUB_ADMIN", "hub"),
                new Caller("dpo", "DPO", "hub"));
        new AccessMatrix(http, callers)
                .endpoint(GET, "/api/pupils/" + pupil + "/assessment?schoolYear=2026-2027", null, "school", "clb")
                .hiding("school-other", "clb-other")
                .endpoint(GET, "/api/pupils?schoolId=" + school, null, "school", "clb")
                .endpoint(GET, "/api/statistics", null, "regisseur", "regisseur-other", "admin")
                .endpoint(POST, "/api/backtests", "{\"schoolYear\":\"not a year\"}", "regisseur", "regisseur-other",
                        "admin")
                .endpoint(POST, "/api/admin/rebuilds", "{\"database\":\"not/a/name\"}", "admin")
                .endpoint(GET, "/api/admin/retention-reports", null, "admin", "dpo")
                .endpoint(POST, "/api/admin/retention-runs", null, "admin")
                .endpoint(GET, "/api/audit", null, "dpo")
                .endpoint(GET, "/api/audit/verification", null, "dpo")
                .verify();
    }
}
